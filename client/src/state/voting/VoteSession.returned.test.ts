import type { VoteResponse, VoteRound } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { testRound } from '../testVoteRound';
import { VoteSession, type VoteSessionDeps } from './VoteSession';

const ROUND: VoteRound = testRound({ voteId: 'V1', roomIds: ['R'], maxPerNote: 2, openedBy: 'F' });

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * One participant's dots on a board, the server's rules in short (docs/API.md « Dot voting »): a
 * note deleted from the board gives its dots back; the session's delays run when the test says.
 */
function setup() {
  const notes = new Set(['a', 'b', 'c']);
  const dots = new Map<string, number>();
  const answer = (): VoteResponse => {
    for (const id of dots.keys()) if (!notes.has(id)) dots.delete(id);
    const spent = [...dots.values()].reduce((a, b) => a + b, 0);
    return { ...ROUND, myDots: Object.fromEntries(dots), dotsLeft: ROUND.dotsPerPerson - spent };
  };
  const api: VoteSessionDeps['api'] = {
    get: async () => answer(),
    addDot: async (_voteId, noteId) => {
      if (answer().dotsLeft === 0) throw new ApiError('no_dots_left', 409, 'none left');
      dots.set(noteId, (dots.get(noteId) ?? 0) + 1);
      return answer();
    },
    removeDot: async (_voteId, noteId) => {
      const n = dots.get(noteId) ?? 0;
      if (n <= 1) dots.delete(noteId);
      else dots.set(noteId, n - 1);
      return answer();
    },
  };
  const told: [number, number][] = [];
  const timers: (() => void)[] = [];
  const session = new VoteSession({
    roomId: 'R',
    role: 'participant',
    api,
    onRefused: () => undefined,
    after: (_ms, fn) => {
      timers.push(fn);
      return () => undefined;
    },
    onDotsReturned: (d, n) => told.push([d, n]),
  });
  const board = new Set(notes);
  const exists = (id: string) => board.has(id);
  /** someone deletes notes: gone from the board and, for the server, from the vote */
  const deleteNotes = (...ids: string[]) => {
    for (const id of ids) {
      board.delete(id);
      notes.delete(id);
    }
    session.notesChanged(exists);
  };
  const runTimers = async () => {
    while (timers.length > 0) {
      timers.shift()!();
      await settle();
    }
  };
  return { session, told, deleteNotes, runTimers, exists, dotsLeft: () => session.state.get().mine?.dotsLeft };
}

describe('VoteSession: dots given back from a deleted note', () => {
  it('says so once when someone deletes a note holding my dot', async () => {
    const { session, told, deleteNotes, runTimers, exists, dotsLeft } = setup();
    session.setRounds([ROUND]);
    await settle();
    session.notesChanged(exists);
    await session.add('a');
    await session.add('b');
    await session.add('c');
    expect(dotsLeft()).toBe(0);
    deleteNotes('a');
    await runTimers();
    expect(dotsLeft()).toBe(1);
    expect(told).toEqual([[1, 1]]);
    // asked again later (the page back to the front, another dot): nothing more to say
    await session.refresh();
    await session.add('b');
    expect(told).toEqual([[1, 1]]);
  });

  it('counts every dot and note given back in one message', async () => {
    const { session, told, deleteNotes, runTimers, exists } = setup();
    session.setRounds([ROUND]);
    await settle();
    session.notesChanged(exists);
    await session.add('a');
    await session.add('a');
    await session.add('b');
    deleteNotes('a', 'b');
    await runTimers();
    expect(told).toEqual([[3, 2]]);
  });

  it('says nothing when I take a dot back myself', async () => {
    const { session, told, exists, dotsLeft } = setup();
    session.setRounds([ROUND]);
    await settle();
    session.notesChanged(exists);
    await session.add('a');
    await session.remove('a');
    expect(dotsLeft()).toBe(3);
    expect(told).toEqual([]);
  });
});
