import { firstLines } from './firstLines';

/** Title size in board units near by; far away it grows so the map of zones stays readable. */
export const ZONE_TITLE_FONT = 24;
/** On-screen size (px) a zone title keeps far away, as long as it fits its zone in `ZONE_TITLE_MAX_LINES`. */
export const ZONE_TITLE_MIN_PX = 13;
/**
 * On-screen size (px) a title shrinks down to, to keep its words whole, before it is cut with
 * « … »: bold, a notch under the far notes' 9 px regular (« Développement » holds in a needs-map
 * zone fitted to a 360 px phone).
 */
export const ZONE_TITLE_FLOOR_PX = 8;
export const ZONE_TITLE_MAX_LINES = 3;
export const ZONE_TITLE_LINE_HEIGHT = 1.15;
/** Of the title size, around it in the band. */
export const ZONE_TITLE_PADDING = 0.4;
/** The band never takes more of the zone's height than this. */
export const ZONE_BAND_MAX_SHARE = 0.75;

/** Width of `text` in the titles' bold font at `fontSize` (board units). */
export type MeasureTitle = (text: string, fontSize: number) => number;

export interface ZoneTitleBox {
  title: string;
  width: number;
  height: number;
  locked?: boolean;
}

export interface ZoneTitleLayout {
  /** board units */
  fontSize: number;
  /** the lines drawn, wrapped at words; the last ends with « … » when the title is cut */
  lines: string[];
  /** around the text inside the band */
  pad: number;
  /** width the lines have (the zone's, less the padding and the padlock) */
  lineWidth: number;
  /** height of the band holding the title, at most the zone's */
  band: number;
  /** the padlock's size, 0 when the zone is not locked */
  lockSize: number;
}

/**
 * How a zone's title is drawn at this zoom: as large as `ZONE_TITLE_FONT`, or `ZONE_TITLE_MIN_PX`
 * on screen far away, wrapping at words onto up to `ZONE_TITLE_MAX_LINES` lines within the
 * zone's width; when it still does not fit, the largest size that does, down to
 * `ZONE_TITLE_FLOOR_PX` on screen; under that the title is cut with « … » (the « Plan » lists it whole).
 */
export function zoneTitleLayout(zone: ZoneTitleBox, scale: number, measure: MeasureTitle): ZoneTitleLayout {
  const wanted = Math.max(ZONE_TITLE_FONT, ZONE_TITLE_MIN_PX / scale);
  const floor = Math.min(wanted, ZONE_TITLE_FLOOR_PX / scale);
  const words = zone.title.split(/\s+/).filter(Boolean);
  const fits = (size: number) => {
    // cut or shortened lines (« … ») differ from the words themselves
    const lines = firstLines(zone.title, lineWidthAt(zone, size), maxLinesAt(zone, size), (s) => measure(s, size));
    return lines.join(' ') === words.join(' ');
  };
  let size = floor;
  if (words.length === 0 || fits(wanted)) size = wanted;
  else if (fits(floor)) {
    // the largest size that fits, between the floor (fits) and the wanted size (does not)
    let low = floor;
    let high = wanted;
    while (high - low > low * 0.01) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
    size = low;
  }
  const pad = size * ZONE_TITLE_PADDING;
  const lineWidth = lineWidthAt(zone, size);
  const lines = firstLines(zone.title, lineWidth, Math.max(1, maxLinesAt(zone, size)), (s) => measure(s, size));
  const band = Math.min(zone.height, Math.max(1, lines.length) * size * ZONE_TITLE_LINE_HEIGHT + 2 * pad);
  return { fontSize: size, lines, pad, lineWidth, band, lockSize: zone.locked ? size : 0 };
}

function lineWidthAt(zone: ZoneTitleBox, size: number): number {
  const pad = size * ZONE_TITLE_PADDING;
  return Math.max(0, zone.width - 2 * pad - (zone.locked ? size + pad : 0));
}

/** How many lines of this size the band holds within `ZONE_BAND_MAX_SHARE` of the zone. */
function maxLinesAt(zone: ZoneTitleBox, size: number): number {
  const room = zone.height * ZONE_BAND_MAX_SHARE - 2 * size * ZONE_TITLE_PADDING;
  return Math.min(ZONE_TITLE_MAX_LINES, Math.floor(room / (size * ZONE_TITLE_LINE_HEIGHT)));
}
