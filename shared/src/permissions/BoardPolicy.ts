import * as Y from 'yjs';
import { NAME_MAX } from '../protocol/api.js';
import { boardMaps } from '../schema/boardMaps.js';

/** Board-wide rules a facilitator sets, stored in the board's `meta` map. */
export interface BoardPolicy {
  /** nobody but facilitators may change anything */
  locked: boolean;
  /** participants may edit and delete everyone's notes, not only their own */
  editAll: boolean;
  /** participants may move and resize everyone's notes (group work); false: own notes only */
  moveAll: boolean;
  /** while locked: the name of the facilitator who locked it, so participants know whom to ask */
  lockedBy?: string;
}

export const DEFAULT_BOARD_POLICY: BoardPolicy = { locked: false, editAll: false, moveAll: true };

export const BOARD_POLICY_KEY = 'policy';

export function parseBoardPolicy(value: unknown): BoardPolicy {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const policy: BoardPolicy = {
    locked: typeof v.locked === 'boolean' ? v.locked : DEFAULT_BOARD_POLICY.locked,
    editAll: typeof v.editAll === 'boolean' ? v.editAll : DEFAULT_BOARD_POLICY.editAll,
    moveAll: typeof v.moveAll === 'boolean' ? v.moveAll : DEFAULT_BOARD_POLICY.moveAll,
  };
  const by = typeof v.lockedBy === 'string' ? v.lockedBy.trim() : '';
  if (policy.locked && by && by.length <= NAME_MAX) policy.lockedBy = by;
  return policy;
}

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
