import { noteDetail } from './cullView';
import { textWidth } from './fitNoteText';
import { zoneTitleLayout, type MeasureTitle, type ZoneTitleBox, type ZoneTitleLayout } from './zoneTitleLayout';

/** How zones and headings are drawn, shared by the Konva drawing and the HTML field laid over them. */

/** Opacity of a zone's fill (the note palette's colour): light enough for notes to stand out on it. */
export const ZONE_FILL_OPACITY = 0.3;
export const ZONE_CORNER = 6;
export const ZONE_INK = '#1f2328';
/** Far away the band is drawn over the notes: opaque enough for its title, clear enough to show notes lie under it. */
export const ZONE_BAND_OVER_NOTES_OPACITY = 0.7;
export { ZONE_TITLE_PADDING } from './zoneTitleLayout';
export const HEADING_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
/** The padlock of the line icons (24 × 24), drawn on a locked zone's band. */
export const LOCK_PATH = 'M6 11h12v10H6zM8 11V7a4 4 0 0 1 8 0v4';

/** How this zone's title is drawn at this zoom, measured in the page's font (see `zoneTitleLayout`). */
export function zoneTitle(zone: ZoneTitleBox, scale: number): ZoneTitleLayout {
  // the band under the notes and the title over them ask for the same layout at each zoom step
  const key = `${scale}|${zone.width}|${zone.height}|${zone.locked ? 1 : 0}|${zone.title}`;
  let layout = layouts.get(key);
  if (!layout) {
    if (layouts.size >= LAYOUTS_MAX) layouts.clear();
    layout = zoneTitleLayout(zone, scale, measureTitle);
    layouts.set(key, layout);
  }
  return layout;
}

const layouts = new Map<string, ZoneTitleLayout>();
const LAYOUTS_MAX = 2_000;

/** Title size (board units) of a zone at this zoom: the HTML field typing it matches the drawing. */
export function zoneTitleSize(zone: ZoneTitleBox, scale: number): number {
  return zoneTitle(zone, scale).fontSize;
}

/**
 * Whether the zone titles are drawn over the notes (`ZoneTitlesLayer`) at this zoom: far away,
 * where the notes are cards too small to read, the board is a map of its zones; nearer, the
 * notes lie over the bands, where one reads and moves them.
 */
export function titlesOverNotes(scale: number): boolean {
  return noteDetail(scale) === 'compact';
}

const measureTitle: MeasureTitle = (text, fontSize) => textWidth(text, fontSize, true);

/** `#rrggbb` as `rgba(…)` with this opacity. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
