import type * as Y from 'yjs';
import { META_ENTRIES, SCHEMA_VERSION_KEY } from '../schema/BoardMeta.js';
import { BOARD_ENTRY_TYPES, type EntryMapName } from '../schema/boardEntryTypes.js';
import { boardMaps } from '../schema/boardMaps.js';
import type { BackupBoard } from './WorkshopBackup.js';

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function readEntries<K extends EntryMapName>(doc: Y.Doc, name: K): BackupBoard[K] {
  const type = BOARD_ENTRY_TYPES[name];
  const out: { id: string }[] = [];
  for (const [key, value] of boardMaps(doc)[name].entries()) {
    // what a client would read of it, under its own id: what an import writes back as it is
    const entry = type.parse(value) as { id: string } | null;
    if (entry && entry.id === key) out.push(entry);
  }
  return out.sort(byId) as BackupBoard[K];
}

/**
 * A board as the backup holds it: every readable entry under its own id, sorted by id — links only
 * between notes that are there (an end deleted at the same time as the link was drawn) — and its
 * describing `meta` keys.
 */
export function readBoardBackup(doc: Y.Doc): BackupBoard {
  const meta: Record<string, unknown> = {};
  const stored = boardMaps(doc).meta;
  for (const key of Object.keys(META_ENTRIES).sort()) {
    if (key === SCHEMA_VERSION_KEY || !stored.has(key)) continue;
    const value = META_ENTRIES[key]!.validate(stored.get(key));
    if (value !== null) meta[key] = value;
  }
  const notes = readEntries(doc, 'notes');
  const ids = new Set(notes.map((n) => n.id));
  return {
    notes,
    frames: readEntries(doc, 'frames'),
    links: readEntries(doc, 'links').filter((l) => ids.has(l.from) && ids.has(l.to)),
    groups: readEntries(doc, 'groups'),
    labels: readEntries(doc, 'labels'),
    meta,
  };
}
