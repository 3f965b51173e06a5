import { z } from 'zod';
import { entryType, repairStep, type EntryType } from './EntryType.js';
import { NOTE_COLORS, type NoteColor } from './noteColors.js';
import { coordinateField, droppable, entryIdField, sizeField, textField } from './schemaFields.js';

/**
 * A zone: a titled, coloured rectangle drawn under the notes, stored in `frames` under its id.
 * A note belongs to the zone it lies in, by its position (`frameHoldsNote`): no membership to sync.
 */
export interface Frame {
  id: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** a name of the note palette; the client draws a lighter fill */
  color: NoteColor;
  /** set by a facilitator: participants cannot change the notes inside */
  locked?: boolean;
}

export const FRAME_TITLE_MAX = 120;
export const FRAME_MIN_SIZE = 100;
export const FRAME_MAX_SIZE = 20_000;
export const FRAME_DEFAULTS = { title: '', width: 800, height: 600, color: 'grey' } as const satisfies Partial<Frame>;

const frameSchema = z.object({
  id: entryIdField,
  title: textField(FRAME_TITLE_MAX).catch(FRAME_DEFAULTS.title),
  x: coordinateField,
  y: coordinateField,
  width: sizeField(FRAME_MIN_SIZE, FRAME_MAX_SIZE).catch(FRAME_DEFAULTS.width),
  height: sizeField(FRAME_MIN_SIZE, FRAME_MAX_SIZE).catch(FRAME_DEFAULTS.height),
  color: z.enum(NOTE_COLORS).catch(FRAME_DEFAULTS.color),
  locked: droppable(z.boolean()),
});

/** Version 1 kept any JSON a facilitator wrote in `frames`: what can be read is completed with the defaults. */
export const frameType: EntryType<Frame> = entryType<Frame>(frameSchema, [repairStep(2, { parse: (v) => frameType.parse(v) })]);

export const parseFrame = (value: unknown): Frame | null => frameType.parse(value);

/** Whether the note lies in the zone: its centre is inside the zone's rectangle. */
export function frameHoldsNote(frame: Frame, note: { x: number; y: number; width: number; height: number }): boolean {
  const cx = note.x + note.width / 2;
  const cy = note.y + note.height / 2;
  return cx >= frame.x && cx <= frame.x + frame.width && cy >= frame.y && cy <= frame.y + frame.height;
}
