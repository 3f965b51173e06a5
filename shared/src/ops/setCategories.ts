import type * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { CATEGORIES_KEY, parseCategories, type Category } from '../schema/BoardMeta.js';

/** Facilitators: the board's list of categories, in one change. Notes keep a category that leaves the list (it shows as none). */
export function setCategories(doc: Y.Doc, categories: readonly Category[]): Category[] {
  const list = parseCategories(categories.map((c) => ({ ...c, name: c.name.trim() })));
  doc.transact(() => boardMaps(doc).meta.set(CATEGORIES_KEY, list));
  return list;
}

export function readCategories(doc: Y.Doc): Category[] {
  return parseCategories(boardMaps(doc).meta.get(CATEGORIES_KEY));
}
