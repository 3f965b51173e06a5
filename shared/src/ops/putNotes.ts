import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import type { Note } from '../schema/Note.js';

/** Writes whole notes (e.g. copies brought into the plenary) in one transaction. */
export function putNotes(doc: Y.Doc, notes: readonly Note[], origin?: unknown): void {
  const map = boardMaps(doc).notes;
  doc.transact(() => {
    for (const note of notes) map.set(note.id, note);
  }, origin);
}
