/** Typography of a note, shared by the Konva drawing and the HTML editor laid over it. */
export const NOTE_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
export const NOTE_FONT_SIZE = 16;
export const NOTE_LINE_HEIGHT = 1.25;
export const NOTE_PADDING = 12;
export const NOTE_TEXT_COLOR = '#1f2328';
export const AUTHOR_FONT_SIZE = 11;
/**
 * On-screen size (px) under which a note's text is not drawn as laid out: far away the notes
 * show their first words at this size instead (`CompactNotes`), near they show it all.
 */
export const LABEL_FONT_PX = 9;
/** Far away, cards narrower than this on screen (px) are too small for even one word: colour only. */
export const LABEL_MIN_CARD_PX = 28;
/** Far away, the first words' padding (px on screen) and line height. */
export const LABEL_PADDING_PX = 3;
export const LABEL_LINE_HEIGHT = 1.2;
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
