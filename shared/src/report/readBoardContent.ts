import type * as Y from 'yjs';
import { readNotes } from '../ops/readNotes.js';
import { boardMaps } from '../schema/boardMaps.js';
import { CATEGORIES_KEY, parseCategories } from '../schema/BoardMeta.js';
import { parseFrame } from '../schema/Frame.js';
import { parseGroup } from '../schema/Group.js';
import { parseLabel } from '../schema/Label.js';
import { parseLink } from '../schema/Link.js';
import type { BoardContent } from './Report.js';

function readAll<T>(map: Y.Map<unknown> | Y.Map<T>, parse: (value: unknown) => T | null): T[] {
  const out: T[] = [];
  for (const value of map.values()) {
    const entry = parse(value);
    if (entry) out.push(entry);
  }
  return out;
}

/** Everything a board draws, each entry read through its type: notes in drawing order, links only between notes that are there. */
export function readBoardContent(doc: Y.Doc): BoardContent {
  const maps = boardMaps(doc);
  const notes = readNotes(doc);
  const ids = new Set(notes.map((n) => n.id));
  return {
    notes,
    frames: readAll(maps.frames, parseFrame),
    links: readAll(maps.links, parseLink).filter((l) => ids.has(l.from) && ids.has(l.to)),
    groups: readAll(maps.groups, parseGroup),
    labels: readAll(maps.labels, parseLabel),
    categories: parseCategories(maps.meta.get(CATEGORIES_KEY)),
  };
}
