/** Typography of a note, shared by the Konva drawing and the HTML editor laid over it. */
export const NOTE_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
export const NOTE_FONT_SIZE = 16;
export const NOTE_LINE_HEIGHT = 1.25;
export const NOTE_PADDING = 12;
export const NOTE_TEXT_COLOR = '#1f2328';
export const AUTHOR_FONT_SIZE = 11;
/** Height kept at the bottom of a note for the author's name. */
export const AUTHOR_LINE = 18;
export const SELECTED_STROKE = '#1d4ed8';
/** Height of the coloured band naming the room a note was brought back from (plenary copies). */
export const ROOM_BAND = 20;
export const ROOM_BAND_FONT_SIZE = 11;

/** Where a note's text starts, below the room band when there is one. */
export function noteTextTop(note: { room?: unknown }): number {
  return NOTE_PADDING + (note.room ? ROOM_BAND : 0);
}
