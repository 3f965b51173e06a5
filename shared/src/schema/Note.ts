import { z } from 'zod';
import { entryType, repairStep, type EntryType } from './EntryType.js';
import { DEFAULT_NOTE_COLOR, NOTE_COLORS, type NoteColor } from './noteColors.js';
import { coordinateField, droppable, ENTRY_ID_MAX, entryIdField, isEntryId, sizeField, textField, timeField } from './schemaFields.js';

export { BOARD_LIMIT, clampBoardCoordinate, TIME_MAX, TIME_MIN } from './schemaFields.js';

/** The room a note was brought back from, on notes copied into the plenary. */
export interface NoteRoomTag {
  id: string;
  name: string;
  /** `#rrggbb` */
  color: string;
}

/** A sticky note, stored as one plain JSON object in the `notes` map under its id. */
export interface Note {
  id: string;
  text: string;
  color: NoteColor;
  /** top-left corner in board coordinates */
  x: number;
  y: number;
  width: number;
  height: number;
  /** participant id of the author, set from the authenticated connection */
  authorId: string;
  /** milliseconds since the epoch */
  createdAt: number;
  updatedAt?: number;
  room?: NoteRoomTag;
  /** the cluster (`groups` entry) the note is in; absent or null: in none */
  groupId?: string | null;
  /** one of the board's categories (`meta.categories`); absent or null: none */
  categoryId?: string | null;
  /** stacking order set by « Mettre au premier plan »: higher is drawn above; absent: 0 */
  z?: number;
}

export const NOTE_DEFAULT_SIZE = 160;
export const NOTE_MIN_SIZE = 60;
export const NOTE_MAX_SIZE = 1200;
export const NOTE_MAX_TEXT = 2000;
/** What the editors let one type (about 500 characters); the stored limit stays `NOTE_MAX_TEXT`, so longer older notes keep their text. */
export const NOTE_TEXT_SOFT_MAX = 500;
export const NOTE_ID_MAX = ENTRY_ID_MAX;
export const NOTE_ROOM_NAME_MAX = 60;
export { ENTRY_ID_PATTERN as NOTE_ID_PATTERN } from './schemaFields.js';
export const isNoteId = isEntryId;

export function clampNoteSize(size: number): number {
  return Math.min(NOTE_MAX_SIZE, Math.max(NOTE_MIN_SIZE, size));
}

const roomTagField = z.object({
  id: textField(NOTE_ID_MAX),
  name: textField(NOTE_ROOM_NAME_MAX),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});

/**
 * Out-of-range values are brought back within bounds and an unknown colour falls back to the
 * default, so a note from an older or foreign client still shows; a missing or mistyped
 * required field makes it unreadable.
 */
const noteSchema = z.object({
  id: entryIdField,
  text: textField(NOTE_MAX_TEXT),
  color: z.enum(NOTE_COLORS).catch(DEFAULT_NOTE_COLOR),
  x: coordinateField,
  y: coordinateField,
  width: sizeField(NOTE_MIN_SIZE, NOTE_MAX_SIZE),
  height: sizeField(NOTE_MIN_SIZE, NOTE_MAX_SIZE),
  authorId: z.string().max(NOTE_ID_MAX),
  createdAt: timeField,
  updatedAt: droppable(timeField),
  room: droppable(roomTagField),
  groupId: droppable(entryIdField.nullable()),
  categoryId: droppable(entryIdField.nullable()),
  z: droppable(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)),
});

/**
 * Version 2 (zones, links, clusters) adds `groupId`, version 3 `categoryId` and `z`, all optional. Boards of version 1 may hold
 * notes written before the server checked shapes: they are repaired once, as they load.
 */
export const noteType: EntryType<Note> = entryType<Note>(noteSchema, [repairStep(2, { parse: (v) => noteType.parse(v) })]);

/** Reads an entry of the `notes` map written by any client: a well-formed `Note`, or null. */
export const parseNote = (value: unknown): Note | null => noteType.parse(value);
