import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { BOARD_POLICY_KEY, parseBoardPolicy, type BoardPolicy } from '../schema/BoardMeta.js';

export { BOARD_POLICY_KEY, DEFAULT_BOARD_POLICY, parseBoardPolicy, type BoardPolicy } from '../schema/BoardMeta.js';

export function readBoardPolicy(doc: Y.Doc): BoardPolicy {
  return parseBoardPolicy(boardMaps(doc).meta.get(BOARD_POLICY_KEY));
}

/** Facilitator operation: changes some of the board's rules in one transaction. */
export function setBoardPolicy(doc: Y.Doc, patch: Partial<BoardPolicy>): BoardPolicy {
  // parsed again: no `lockedBy` once unlocked, and never an `undefined` value (the server refuses those)
  const next = parseBoardPolicy({ ...readBoardPolicy(doc), ...patch });
  doc.transact(() => boardMaps(doc).meta.set(BOARD_POLICY_KEY, next));
  return next;
}
