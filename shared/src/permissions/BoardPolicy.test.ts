import { describe, expect, it } from 'vitest';
import { boardMaps } from '../schema/boardMaps.js';
import { syncedPair } from '../ops/syncedPair.js';
import { BOARD_POLICY_KEY, parseBoardPolicy, readBoardPolicy, setBoardPolicy } from './BoardPolicy.js';

describe('board policy', () => {
  it('says who locked the board while it is locked, on every replica', () => {
    const { a, b } = syncedPair();
    setBoardPolicy(a, { locked: true, lockedBy: 'Claire' });
    expect(readBoardPolicy(b)).toEqual({ locked: true, editAll: false, moveAll: true, lockedBy: 'Claire' });
    setBoardPolicy(a, { editAll: true });
    expect(readBoardPolicy(b).lockedBy).toBe('Claire');
    setBoardPolicy(a, { locked: false });
    expect(readBoardPolicy(b)).toEqual({ locked: false, editAll: true, moveAll: true });
    // what is stored is plain JSON: no `lockedBy` left behind, no `undefined` value
    expect(boardMaps(b).meta.get(BOARD_POLICY_KEY)).toStrictEqual({ locked: false, editAll: true, moveAll: true });
  });

  it('ignores a name that is not one', () => {
    expect(parseBoardPolicy({ locked: true, lockedBy: 42 }).lockedBy).toBeUndefined();
    expect(parseBoardPolicy({ locked: true, lockedBy: 'x'.repeat(41) }).lockedBy).toBeUndefined();
    expect(parseBoardPolicy({ locked: false, lockedBy: 'Claire' }).lockedBy).toBeUndefined();
  });
});
