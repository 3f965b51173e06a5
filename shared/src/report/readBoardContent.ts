import type * as Y from 'yjs';
import { readBoardBackup } from '../backup/readBoardBackup.js';
import { byDrawingOrder } from '../ops/readNotes.js';
import { CATEGORIES_KEY, parseCategories } from '../schema/BoardMeta.js';
import type { BoardContent } from './Report.js';

/** Everything a board draws, each entry read through its type (as the backup reads it): notes in drawing order, links only between notes that are there. */
export function readBoardContent(doc: Y.Doc): BoardContent {
  const { notes, frames, links, groups, labels, meta } = readBoardBackup(doc);
  return { notes: notes.sort(byDrawingOrder), frames, links, groups, labels, categories: parseCategories(meta[CATEGORIES_KEY]) };
}
