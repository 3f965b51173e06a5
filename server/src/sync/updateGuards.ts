import * as Y from 'yjs';
import { checkBoardChanges, readBoardPolicy, readEntryChanges, WORKSHOP_MAP_NAMES } from '@essaim/shared';
import type { Connection } from './Connection.js';

/** Why an update from this connection must be refused, or null to apply it. Runs before the
 * document is touched; throws on a malformed update (the caller closes with 4400). */
export type UpdateGuard = (doc: Y.Doc, conn: Connection, update: Uint8Array) => string | null;

/** Room boards: flat entries only, and each change within the sender's rights and the board's rules. */
export const boardGuard: UpdateGuard = (doc, conn, update) => {
  const read = readEntryChanges(doc, update);
  if (!read.ok) return read.reason;
  return checkBoardChanges(read.changes, conn.actor, readBoardPolicy(doc));
};

const WORKSHOP_ROOTS: ReadonlySet<string> = new Set<string>(Object.values(WORKSHOP_MAP_NAMES));

/** The workshop document is written by the server only (facilitators act through HTTP). */
export const workshopGuard: UpdateGuard = (doc, _conn, update) => {
  const read = readEntryChanges(doc, update, WORKSHOP_ROOTS);
  if (!read.ok) return read.reason;
  return read.changes.length === 0 ? null : 'the workshop document is written by the server only';
};
