import type { BoardPolicy } from '../schema/BoardMeta.js';
import { boardAfter, EMPTY_BOARD, type BoardReader } from './BoardReader.js';
import { mapRights } from './boardRights.js';
import { RightsContext, type Actor } from './RightsContext.js';
import type { EntryChange } from './ShadowDoc.js';

export type { Actor } from './RightsContext.js';

/**
 * Whether `actor` may make these changes to a room board under `policy`; returns the reason
 * for the first refused change, or null when all are allowed. `board` is the board before the
 * changes (the server's document): link ends and locked zones are read from it, with the
 * changes applied. The server is the one caller that matters; the client uses it to grey out
 * what would be refused.
 */
export function checkBoardChanges(changes: readonly EntryChange[], actor: Actor, policy: BoardPolicy, board: BoardReader = EMPTY_BOARD): string | null {
  if (changes.length === 0) return null;
  if (actor.role === 'observer') return 'observers cannot change the board';
  const facilitator = actor.role === 'facilitator';
  if (policy.locked && !facilitator) return 'the board is locked';
  const ctx = new RightsContext(actor, policy, boardAfter(board, changes));
  for (const change of changes) {
    const rights = mapRights(change.map);
    if (!rights) return `unknown root type ${change.map}`;
    const reason = rights.everyone(change, ctx) ?? (facilitator ? null : rights.participants === 'never' ? `participants cannot change ${change.map}` : rights.participants(change, ctx));
    if (reason) return `${reason} (${change.map}.${change.key})`;
  }
  return null;
}
