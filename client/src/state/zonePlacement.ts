import {
  FRAME_DEFAULTS,
  FRAME_MAX_SIZE,
  FRAME_MIN_SIZE,
  freeSpotNear,
  LABEL_MAX_FONT,
  LABEL_MIN_FONT,
  screenToBoard,
  type Point,
  type Rect,
  type Viewport,
} from '@essaim/shared';

/** Share of the screen a new zone takes at most, so it opens whole in view with room around it. */
const VIEW_SHARE = 0.6;
/** On-screen size (px) of a new heading's text, whatever the zoom. */
export const NEW_LABEL_SCREEN_PX = 32;

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/**
 * Where a new zone goes: its default size, shrunk to fit the view, near the centre of the view
 * without covering another zone or a note (a zone laid over notes would take them in).
 */
export function newZoneRect(view: Viewport, screen: { width: number; height: number }, obstacles: readonly Rect[]): Rect {
  const width = Math.round(clamp(Math.min(FRAME_DEFAULTS.width, (screen.width * VIEW_SHARE) / view.scale), FRAME_MIN_SIZE, FRAME_MAX_SIZE));
  const height = Math.round(clamp(Math.min(FRAME_DEFAULTS.height, (screen.height * VIEW_SHARE) / view.scale), FRAME_MIN_SIZE, FRAME_MAX_SIZE));
  const centre = screenToBoard(view, { x: screen.width / 2, y: screen.height / 2 });
  const spot = freeSpotNear(obstacles, centre, { width, height });
  return { x: Math.round(spot.x - width / 2), y: Math.round(spot.y - height / 2), width, height };
}

/**
 * Where a new heading starts and its size: readable at the current zoom, in the upper part of
 * the view, moved down below any heading already starting there.
 */
export function newLabelSpot(view: Viewport, screen: { width: number; height: number }, labels: readonly (Point & { fontSize: number })[]): Point & { fontSize: number } {
  const fontSize = Math.round(clamp(NEW_LABEL_SCREEN_PX / view.scale, LABEL_MIN_FONT, LABEL_MAX_FONT));
  const start = screenToBoard(view, { x: screen.width * 0.3, y: screen.height * 0.25 });
  const at = { x: Math.round(start.x), y: Math.round(start.y) };
  for (let tries = 0; tries < 20; tries++) {
    const taken = labels.some((l) => Math.abs(l.x - at.x) < fontSize * 4 && Math.abs(l.y - at.y) < Math.max(l.fontSize, fontSize) * 1.5);
    if (!taken) break;
    at.y += Math.round(fontSize * 1.6);
  }
  return { ...at, fontSize };
}

/** The sizes « A− » / « A+ » step through: a ladder rather than +1, so a few presses go from body text to a banner. */
export const LABEL_FONT_STEPS = [12, 16, 20, 24, 32, 40, 48, 64, 80, 100, 128, 160, 200] as const;

/** The next size up (`1`) or down (`-1`) the ladder from `size`, or `size` itself at either end. */
export function nextFontSize(size: number, direction: 1 | -1): number {
  if (direction > 0) return LABEL_FONT_STEPS.find((s) => s > size) ?? size;
  return [...LABEL_FONT_STEPS].reverse().find((s) => s < size) ?? size;
}
