import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { parseNote, type Note } from '../schema/Note.js';

/** The board’s well-formed notes in drawing order (`byDrawingOrder`); malformed entries are skipped. */
export function readNotes(doc: Y.Doc): Note[] {
  const notes: Note[] = [];
  for (const value of boardMaps(doc).notes.values()) {
    const note = parseNote(value);
    if (note) notes.push(note);
  }
  return notes.sort(byDrawingOrder);
}

/** Drawing order: by stacking order (« premier plan »), then oldest first, then by id. */
export function byDrawingOrder(a: Note, b: Note): number {
  return (a.z ?? 0) - (b.z ?? 0) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
