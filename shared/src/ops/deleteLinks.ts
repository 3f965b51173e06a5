import type * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { linkType } from '../schema/Link.js';
import { deleteEntries } from './patchEntries.js';

export function deleteLinks(doc: Y.Doc, ids: Iterable<string>): number {
  let removed = 0;
  doc.transact(() => {
    removed = deleteEntries(boardMaps(doc).links, ids);
  });
  return removed;
}

/** The links with an end among these notes (readable links only). */
export function linksTouching(doc: Y.Doc, noteIds: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  for (const [id, value] of boardMaps(doc).links.entries()) {
    const link = linkType.parse(value);
    if (link && (noteIds.has(link.from) || noteIds.has(link.to))) ids.push(id);
  }
  return ids;
}
