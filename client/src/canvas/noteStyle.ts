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
