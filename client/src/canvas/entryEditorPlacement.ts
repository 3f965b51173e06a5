import type { Viewport } from '@essaim/shared';

/** Text in the field is never smaller than this (px): a phone zooms the page in under 16 px. */
export const ENTRY_FIELD_MIN_PX = 16;
export const ENTRY_FIELD_MAX_PX = 48;
/** Narrowest field (px), so a short title far away can still be typed in. */
export const ENTRY_FIELD_MIN_WIDTH = 240;
const MARGIN = 8;

export interface EntryFieldPlacement {
  left: number;
  top: number;
  width: number;
  fontPx: number;
}

/**
 * Where the one-line field of a zone title or a heading goes, in the board area's pixels: over
 * the text it replaces (`box`: its first line in board units, `fontSize` likewise), at a readable
 * size, and kept inside the area (a zone's title may be off screen on a phone).
 */
export function entryEditorPlacement(
  box: { x: number; y: number; width: number },
  fontSize: number,
  view: Viewport,
  area: { width: number; height: number },
): EntryFieldPlacement {
  const fontPx = Math.min(ENTRY_FIELD_MAX_PX, Math.max(ENTRY_FIELD_MIN_PX, fontSize * view.scale));
  const height = fontPx * 1.6;
  const width = Math.max(0, Math.min(Math.max(box.width * view.scale, ENTRY_FIELD_MIN_WIDTH), area.width - 2 * MARGIN));
  const left = within(box.x * view.scale + view.x, area.width - width - MARGIN);
  // centred on the line it replaces, whatever the size difference
  const top = within(box.y * view.scale + view.y + (fontSize * view.scale - fontPx) / 2 - fontPx * 0.3, area.height - height - MARGIN);
  return { left, top, width, fontPx };
}

/** `value` inside [MARGIN, max]; the start edge wins when the area is too small. */
function within(value: number, max: number): number {
  return Math.max(MARGIN, Math.min(value, max));
}
