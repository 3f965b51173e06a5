import * as Y from 'yjs';
import { BOARD_ENTRY_TYPES } from '../schema/boardEntryTypes.js';
import { boardMaps, SCHEMA_VERSION } from '../schema/boardMaps.js';
import { metaEntry, SCHEMA_VERSION_KEY } from '../schema/BoardMeta.js';
import { migrateEntry } from '../schema/EntryType.js';
import { sameJson } from '../schema/sameJson.js';

/** Boards written before the version was recorded are of version 1 (notes only). */
export function readSchemaVersion(doc: Y.Doc): number {
  const stored = boardMaps(doc).meta.get(SCHEMA_VERSION_KEY);
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : 1;
}

export interface BoardMigration {
  from: number;
  to: number;
  /** entries rewritten, the version key aside */
  rewritten: number;
}

/**
 * Server operation, when a board loads: brings every entry stored under an older schema to the
 * current one and records the version, in one transaction. Entries no step can read stay as
 * they are (readers skip them, a facilitator may delete them): nothing is dropped. Null when the
 * board is current already, empty, or newer than this server (which then leaves it alone).
 * Entries written by current clients before the version was recorded are fixed points of every
 * step, so a board taken for version 1 by mistake loses nothing either.
 */
export function migrateBoard(doc: Y.Doc, origin?: unknown): BoardMigration | null {
  const maps = boardMaps(doc);
  const recorded = maps.meta.get(SCHEMA_VERSION_KEY) !== undefined;
  const from = readSchemaVersion(doc);
  if (from > SCHEMA_VERSION || (from === SCHEMA_VERSION && recorded)) return null;
  // a new board has nothing to migrate: its version is recorded at the first load that finds content
  if (!recorded && Object.values(maps).every((map) => map.size === 0)) return null;
  let rewritten = 0;
  doc.transact(() => {
    const rewrite = (map: Y.Map<unknown>, key: string, next: unknown): void => {
      if (sameJson(next, map.get(key))) return;
      map.set(key, next);
      rewritten++;
    };
    for (const [name, type] of Object.entries(BOARD_ENTRY_TYPES)) {
      const map = maps[name as keyof typeof BOARD_ENTRY_TYPES] as Y.Map<unknown>;
      for (const [key, value] of [...map.entries()]) rewrite(map, key, migrateEntry(type, value, key, from));
    }
    for (const [key, value] of [...maps.meta.entries()]) {
      const entry = metaEntry(key);
      if (entry) rewrite(maps.meta, key, migrateEntry(entry, value, key, from));
    }
    maps.meta.set(SCHEMA_VERSION_KEY, SCHEMA_VERSION);
  }, origin);
  return { from, to: SCHEMA_VERSION, rewritten };
}
