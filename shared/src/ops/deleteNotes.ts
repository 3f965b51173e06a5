import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';

/** Removes the listed notes in one transaction; returns how many existed. */
export function deleteNotes(doc: Y.Doc, ids: Iterable<string>): number {
  const { notes } = boardMaps(doc);
  let removed = 0;
  doc.transact(() => {
    for (const id of ids) {
      if (!notes.has(id)) continue;
      notes.delete(id);
      removed++;
    }
  });
  return removed;
}
