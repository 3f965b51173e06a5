import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { linksTouching } from './deleteLinks.js';
import { deleteEntries } from './patchEntries.js';

/** Removes the listed notes and the links that end at them, in one transaction; returns how many notes existed. */
export function deleteNotes(doc: Y.Doc, ids: Iterable<string>): number {
  const { notes, links } = boardMaps(doc);
  const gone = new Set(ids);
  let removed = 0;
  doc.transact(() => {
    removed = deleteEntries(notes, gone);
    deleteEntries(links, linksTouching(doc, gone));
  });
  return removed;
}
