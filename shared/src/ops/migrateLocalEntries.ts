import type * as Y from 'yjs';
import { docReader } from '../permissions/BoardReader.js';
import { readBoardPolicy } from '../permissions/BoardPolicy.js';
import { checkBoardChanges, type Actor } from '../permissions/checkBoardChanges.js';
import type { EntryChange } from '../permissions/ShadowDoc.js';
import { BOARD_ENTRY_TYPES, type EntryMapName } from '../schema/boardEntryTypes.js';
import { boardMaps, SCHEMA_VERSION } from '../schema/boardMaps.js';
import { migrateEntry } from '../schema/EntryType.js';
import { sameJson } from '../schema/sameJson.js';
import { readSchemaVersion } from './migrateBoard.js';

export interface LocalMigration {
  /** the schema the offline copy was last synced under */
  from: number;
  /** entries brought to the current shape */
  rewritten: number;
  /** entries a step would change but this person may not write: the server's, migrated by the server itself */
  skipped: number;
}

/**
 * Client operation, on an offline copy last synced under an older board schema (its
 * `meta.schemaVersion`, as the server last sent it), before anything of it is sent: brings its
 * entries to the current shapes in one transaction, so the server accepts the work that was never
 * sent instead of refusing the whole update (4409). Only entries `actor` may write are rewritten:
 * the others came from the server, which migrated its own copy when it loaded the board, and a
 * rewrite of them would be refused. `meta` is left alone: its version is the server's to record.
 * Null when the copy is current. Entries already current are fixed points of every step.
 */
export function migrateLocalEntries(doc: Y.Doc, actor: Actor, origin?: unknown): LocalMigration | null {
  const from = readSchemaVersion(doc);
  if (from >= SCHEMA_VERSION) return null;
  const maps = boardMaps(doc);
  const changes: EntryChange[] = [];
  for (const [name, type] of Object.entries(BOARD_ENTRY_TYPES)) {
    for (const [key, value] of maps[name as EntryMapName].entries() as Iterable<[string, unknown]>) {
      const next = migrateEntry(type, value, key, from);
      if (!sameJson(next, value)) changes.push({ map: name, key, before: value, after: next });
    }
  }
  const policy = readBoardPolicy(doc);
  const board = docReader(doc);
  const allowed = changes.filter((change) => checkBoardChanges([change], actor, policy, board) === null);
  if (allowed.length > 0) {
    doc.transact(() => {
      for (const { map, key, after } of allowed) (maps[map as EntryMapName] as Y.Map<unknown>).set(key, after);
    }, origin);
  }
  return { from, rewritten: allowed.length, skipped: changes.length - allowed.length };
}
