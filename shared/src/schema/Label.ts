import { z } from 'zod';
import { entryType, type EntryType } from './EntryType.js';
import { NOTE_COLORS, type NoteColor } from './noteColors.js';
import { coordinateField, droppable, entryIdField, sizeField, textField } from './schemaFields.js';

/**
 * A text label: a heading written on the board (a question, the title of an area), stored in
 * `labels` under its id. Facilitators place them; they are not notes (no author, no votes).
 */
export interface Label {
  id: string;
  text: string;
  /** top-left corner of the first line, in board coordinates */
  x: number;
  y: number;
  /** font size in board units */
  fontSize: number;
  /** the text's colour, a palette name; absent: the board's ink */
  color?: NoteColor;
}

export const LABEL_TEXT_MAX = 200;
export const LABEL_MIN_FONT = 12;
export const LABEL_MAX_FONT = 200;
export const LABEL_DEFAULTS = { fontSize: 40 } as const satisfies Partial<Label>;

const labelSchema = z.object({
  id: entryIdField,
  text: textField(LABEL_TEXT_MAX),
  x: coordinateField,
  y: coordinateField,
  fontSize: sizeField(LABEL_MIN_FONT, LABEL_MAX_FONT).catch(LABEL_DEFAULTS.fontSize),
  color: droppable(z.enum(NOTE_COLORS)),
});

/** New in version 3: no older value to migrate. */
export const labelType: EntryType<Label> = entryType<Label>(labelSchema, []);

export const parseLabel = (value: unknown): Label | null => labelType.parse(value);

/** About the box a label's text takes (bold sans-serif, 1.25 line height), for fitting the view and placing things around it. */
export function labelBounds(label: Pick<Label, 'x' | 'y' | 'text' | 'fontSize'>): { x: number; y: number; width: number; height: number } {
  const lines = label.text.split('\n');
  const longest = Math.max(1, ...lines.map((l) => l.length));
  return { x: label.x, y: label.y, width: Math.round(longest * label.fontSize * 0.6), height: Math.round(lines.length * label.fontSize * 1.25) };
}
