import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { parseNote, type Note } from '../schema/Note.js';

/** The board's well-formed notes, oldest first (their drawing order); malformed entries are skipped. */
export function readNotes(doc: Y.Doc): Note[] {
  const notes: Note[] = [];
  for (const value of boardMaps(doc).notes.values()) {
    const note = parseNote(value);
    if (note) notes.push(note);
  }
  return notes.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
