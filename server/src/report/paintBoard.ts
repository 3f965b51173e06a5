import { NOTE_COLOR_FILLS, rectsIntersect, type Frame } from '@essaim/shared';
import {
  baselineIn,
  INK,
  ZONE_BAND_MAX_SHARE,
  ZONE_CORNER,
  ZONE_FILL_OPACITY,
  ZONE_TITLE_FONT,
  ZONE_TITLE_LINE_HEIGHT,
  ZONE_TITLE_MAX_LINES,
  ZONE_TITLE_PADDING,
} from './boardStyle.js';
import { paintOps, type BoardScene, type PaintOptions } from './BoardScene.js';
import type { Painter } from './Painter.js';
import { reportMeasure, type TextMeasure } from './textMeasure.js';
import { clampLines, wrapText } from './wrapText.js';

/** On the page (pt or px), a zone title is at least this large when it fits, and no smaller than the floor. */
const ZONE_TITLE_MIN_ON_PAGE = 9;
const ZONE_TITLE_FLOOR_ON_PAGE = 5;

export interface ZoneTitle {
  size: number;
  lines: string[];
  pad: number;
  band: number;
}

/**
 * A zone's title at this scale, as the client lays it out: its usual size, or larger on a small
 * scale so the map of zones stays readable; wrapped at words on up to 3 lines; when it does not
 * fit, the largest size that does down to a floor, then cut with « … ».
 */
export function zoneTitle(frame: Frame, scale: number, measure: TextMeasure = reportMeasure): ZoneTitle {
  const wanted = Math.max(ZONE_TITLE_FONT, ZONE_TITLE_MIN_ON_PAGE / scale);
  const floor = Math.min(wanted, ZONE_TITLE_FLOOR_ON_PAGE / scale);
  const title = frame.title.trim();
  const widthAt = (size: number) => Math.max(1, frame.width - 2 * size * ZONE_TITLE_PADDING);
  const maxLinesAt = (size: number) => Math.min(ZONE_TITLE_MAX_LINES, Math.floor((frame.height * ZONE_BAND_MAX_SHARE - 2 * size * ZONE_TITLE_PADDING) / (size * ZONE_TITLE_LINE_HEIGHT)));
  const wrapAt = (size: number) => wrapText(title, { size, bold: true, width: widthAt(size), hyphenate: false }, measure);
  const fits = (size: number) => {
    const { lines, forced } = wrapAt(size);
    return !forced && lines.length <= maxLinesAt(size);
  };
  let size = floor;
  if (title === '' || fits(wanted)) size = wanted;
  else if (fits(floor)) {
    let low = floor;
    let high = wanted;
    while (high - low > low * 0.02) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
    size = low;
  }
  const lines = title === '' ? [] : clampLines(wrapAt(size).lines, Math.max(1, maxLinesAt(size)), widthAt(size), size, true, measure);
  const pad = size * ZONE_TITLE_PADDING;
  const band = Math.min(frame.height, Math.max(1, lines.length) * size * ZONE_TITLE_LINE_HEIGHT + 2 * pad);
  return { size, lines, pad, band };
}

/** One zone: a light fill of its colour, its outline, and a band of its colour holding its title. */
function paintZone(painter: Painter, frame: Frame, scale: number): void {
  const { fill, stroke } = NOTE_COLOR_FILLS[frame.color];
  const lineWidth = Math.max(1.5, 0.5 / scale);
  painter.rect(frame.x, frame.y, frame.width, frame.height, { fill, fillOpacity: ZONE_FILL_OPACITY, radius: ZONE_CORNER });
  const title = zoneTitle(frame, scale);
  painter.rect(frame.x, frame.y, frame.width, title.band, { fill, radius: [ZONE_CORNER, ZONE_CORNER, 0, 0] });
  painter.rect(frame.x, frame.y, frame.width, frame.height, { stroke, lineWidth, radius: ZONE_CORNER });
  const lineHeight = title.size * ZONE_TITLE_LINE_HEIGHT;
  title.lines.forEach((line, i) => {
    painter.text(line, frame.x + title.pad, baselineIn(frame.y + title.pad + i * lineHeight, title.size, ZONE_TITLE_LINE_HEIGHT), { size: title.size, bold: true, color: INK });
  });
}

/** Paints the scene in board units (the caller has set the painter's transform), leaving out what lies outside `view`. */
export function paintBoard(painter: Painter, scene: BoardScene, options: PaintOptions): void {
  const { view } = options;
  for (const frame of scene.zones) if (!view || rectsIntersect(frame, view)) paintZone(painter, frame, options.scale);
  for (const shape of scene.shapes) if (!view || rectsIntersect(shape.bounds, view)) paintOps(painter, shape.ops, options);
}
