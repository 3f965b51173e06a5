import type { Role, VoteResponse } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { testRound } from '../testVoteRound';
import { VoteSession } from './VoteSession';

const answer = async (): Promise<VoteResponse> => ({ voteId: 'V1', myDots: {}, dotsLeft: 3 }) as unknown as VoteResponse;
const session = (role: Role) =>
  new VoteSession({ roomId: 'R', role, api: { get: answer, addDot: answer, removeDot: answer }, onRefused: () => undefined });

describe('VoteSession.tapping (vote mode)', () => {
  it('is on for a participant while a round is open here, until they switch it off, and stays as set through rounds', () => {
    const mine = session('participant');
    expect(mine.tapping).toBe(false);
    mine.setRounds([testRound({ voteId: 'V1', roomIds: ['R'], openedBy: 'F' })]);
    expect(mine.tapping).toBe(true);
    mine.byTap.set(false);
    expect(mine.tapping).toBe(false);
    mine.setRounds([testRound({ voteId: 'V2', roomIds: ['R'], openedBy: 'F' })]);
    expect(mine.tapping).toBe(false);
    mine.byTap.set(true);
    mine.setRounds([]);
    expect(mine.tapping).toBe(false);
  });

  it('is never on for a facilitator or an observer, whose clicks keep selecting notes', () => {
    for (const role of ['facilitator', 'observer'] as const) {
      const other = session(role);
      other.setRounds([testRound({ voteId: 'V1', roomIds: ['R'], openedBy: 'F' })]);
      expect(other.tapping).toBe(false);
    }
  });
});
