import type * as Y from 'yjs';
import { SCHEMA_VERSION_KEY } from '../schema/BoardMeta.js';
import { BOARD_ENTRY_TYPES, type EntryMapName } from '../schema/boardEntryTypes.js';
import { boardMaps, SCHEMA_VERSION } from '../schema/boardMaps.js';
import type { BackupBoard } from './WorkshopBackup.js';

/** Server operation: writes a board of a backup (read by `parseWorkshopBackup`) into an empty board, in one transaction. */
export function writeBoardBackup(doc: Y.Doc, board: BackupBoard, origin?: unknown): void {
  const maps = boardMaps(doc);
  doc.transact(() => {
    for (const name of Object.keys(BOARD_ENTRY_TYPES) as EntryMapName[]) {
      const map = maps[name] as Y.Map<unknown>;
      for (const entry of board[name]) map.set(entry.id, entry);
    }
    for (const [key, value] of Object.entries(board.meta)) maps.meta.set(key, value);
    maps.meta.set(SCHEMA_VERSION_KEY, SCHEMA_VERSION);
  }, origin);
}
