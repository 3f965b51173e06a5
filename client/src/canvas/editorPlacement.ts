import type { Rect, Viewport } from '@essaim/shared';
import { NOTE_FONT_SIZE } from './noteStyle';

/** Under this on-screen font size (px) a note is not edited in place but at `READABLE_SCALE`. */
export const READABLE_FONT_PX = 14;
/** The scale a note is edited at when the canvas shows it too small: its text at 16 px. */
export const READABLE_SCALE = 1;
/** Space kept between an enlarged editor and the edges of the board area. */
const MARGIN = 8;

export type EditorPlacement =
  /** over the note, at the canvas zoom: what you see is where you type */
  | { mode: 'inPlace' | 'enlarged'; left: number; top: number; scale: number }
  /** a phone: across the bottom of the screen, above the on-screen keyboard */
  | { mode: 'sheet' };

/**
 * Where and how large the editor of `note` is drawn. In place when the note is readable at the
 * canvas zoom; far away, the note at a readable scale centred on where it is, kept inside the
 * board area (`area`, the stage's size); on a phone (`narrow`, see `useNarrowScreen`), a sheet
 * whatever the zoom.
 */
export function editorPlacement(note: Rect, view: Viewport, area: { width: number; height: number }, narrow: boolean): EditorPlacement {
  if (narrow) return { mode: 'sheet' };
  const s = view.scale;
  const left = note.x * s + view.x;
  const top = note.y * s + view.y;
  if (NOTE_FONT_SIZE * s >= READABLE_FONT_PX) return { mode: 'inPlace', left, top, scale: s };
  const width = note.width * READABLE_SCALE;
  const height = note.height * READABLE_SCALE;
  const centreX = left + (note.width * s) / 2;
  const centreY = top + (note.height * s) / 2;
  return {
    mode: 'enlarged',
    left: within(centreX - width / 2, area.width - width),
    top: within(centreY - height / 2, area.height - height),
    scale: READABLE_SCALE,
  };
}

/** `value` inside [MARGIN, max - MARGIN]; the start edge wins when the area is too small. */
function within(value: number, max: number): number {
  return Math.max(MARGIN, Math.min(value, max - MARGIN));
}
