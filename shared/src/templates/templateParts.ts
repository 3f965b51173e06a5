import type { Frame } from '../schema/Frame.js';
import type { Label } from '../schema/Label.js';
import type { NoteColor } from '../schema/noteColors.js';

/** The non-breaking space French typography puts before « : ; ! ? » and inside guillemets. */
export const NBSP = '\u00a0';

/** A zone of a template, in board units. */
export function zone(id: string, title: string, x: number, y: number, width: number, height: number, color: NoteColor): Frame {
  return { id, title, x, y, width, height, color };
}

/** A heading of a template; `fontSize` in board units. */
export function heading(id: string, text: string, x: number, y: number, fontSize: number, color?: NoteColor): Label {
  return color ? { id, text, x, y, fontSize, color } : { id, text, x, y, fontSize };
}
