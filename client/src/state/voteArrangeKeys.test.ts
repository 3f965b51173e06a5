import { describe, expect, it } from 'vitest';
import { latestRoomCounts, voteKey, voteKeyOrder } from './voteArrangeKeys';
import { testRound } from './testVoteRound';

describe('latestRoomCounts', () => {
  it('reads the room’s latest round with results, a kept copy counting as its note', () => {
    const rounds = [
      testRound({ voteId: 'v1', number: 1, status: 'closed', results: [{ noteId: 'a', roomId: 'r1', count: 1 }] }),
      testRound({ voteId: 'v2', number: 2, status: 'closed', results: [{ noteId: 'a', roomId: 'r1', count: 5 }], copies: { copyOfA: 'a' } }),
      testRound({ voteId: 'v4', number: 4, roomIds: ['r2'], status: 'closed', results: [{ noteId: 'z', roomId: 'r2', count: 2 }] }),
    ];
    const counts = latestRoomCounts(rounds, 'r1');
    expect(counts?.get('a')).toBe(5);
    expect(counts?.get('copyOfA')).toBe(5);
    expect(latestRoomCounts(rounds, 'r3')).toBeNull();
  });

  it('arranges nothing by votes while a round with hidden results is open in the room: the order would tell the tallies', () => {
    const rounds = [
      testRound({ voteId: 'v1', number: 1, status: 'closed', results: [{ noteId: 'a', roomId: 'r1', count: 5 }] }),
      testRound({ voteId: 'v2', number: 2, status: 'open', results: null }),
    ];
    expect(latestRoomCounts(rounds, 'r1')).toBeNull();
  });
});

describe('voteKey', () => {
  it('keys notes by their count, none without a dot, most first', () => {
    const counts = new Map([
      ['a', 1],
      ['b', 12],
      ['c', 0],
      ['d', 2],
    ]);
    const keys = ['a', 'b', 'c', 'd', 'e'].map((id) => voteKey(counts, id));
    expect(keys).toEqual(['1', '12', null, '2', null]);
    expect(voteKeyOrder(keys)).toEqual(['12', '2', '1']);
  });
});
