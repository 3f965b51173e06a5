import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { clampBoardCoordinate, clampNoteSize, NOTE_DEFAULT_SIZE, NOTE_MAX_TEXT, type Note } from '../schema/Note.js';
import { DEFAULT_NOTE_COLOR, type NoteColor } from '../schema/noteColors.js';
import type { NoteContext } from './NoteContext.js';

export interface CreateNoteInput {
  id: string;
  /** centre of the new note in board coordinates */
  x: number;
  y: number;
  text?: string;
  color?: NoteColor;
  width?: number;
  height?: number;
}

/** Adds a note centred on (x, y) and returns it. */
export function createNote(doc: Y.Doc, input: CreateNoteInput, ctx: NoteContext): Note {
  const width = clampNoteSize(input.width ?? NOTE_DEFAULT_SIZE);
  const height = clampNoteSize(input.height ?? NOTE_DEFAULT_SIZE);
  const note: Note = {
    id: input.id,
    text: (input.text ?? '').slice(0, NOTE_MAX_TEXT),
    color: input.color ?? DEFAULT_NOTE_COLOR,
    x: clampBoardCoordinate(Math.round(input.x - width / 2)),
    y: clampBoardCoordinate(Math.round(input.y - height / 2)),
    width,
    height,
    authorId: ctx.authorId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  doc.transact(() => boardMaps(doc).notes.set(note.id, note));
  return note;
}
