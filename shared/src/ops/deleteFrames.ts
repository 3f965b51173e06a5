import type * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { deleteEntries } from './patchEntries.js';

/** Deletes zones in one transaction; the notes that lay in them stay where they are. */
export function deleteFrames(doc: Y.Doc, ids: Iterable<string>): number {
  let removed = 0;
  doc.transact(() => {
    removed = deleteEntries(boardMaps(doc).frames, ids);
  });
  return removed;
}
