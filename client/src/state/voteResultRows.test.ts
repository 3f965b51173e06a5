import { describe, expect, it } from 'vitest';
import type { Person } from '@essaim/shared';
import { testRound } from './testVoteRound';
import { roundTurnout, voteResultRows } from './voteResultRows';

const texts: Record<string, string> = { a: 'Transports', b: 'Logement', c: 'Santé', d: 'Culture' };
const textOf = (_room: string, id: string) => texts[id];

describe('voteResultRows', () => {
  it('lists the notes with dots best first, ties sharing their place and marked as ties', () => {
    const rows = voteResultRows(
      [
        { noteId: 'a', roomId: 'r1', count: 2 },
        { noteId: 'b', roomId: 'r1', count: 5 },
        { noteId: 'c', roomId: 'r1', count: 2 },
        { noteId: 'd', roomId: 'r1', count: 0 },
      ],
      null,
      textOf,
    );
    expect(rows.map((r) => [r.text, r.rank, r.tied])).toEqual([
      ['Logement', 1, false],
      ['Transports', 2, true],
      ['Santé', 2, true],
    ]);
  });

  it('ranks one room’s notes among themselves, and says when a note cannot be read', () => {
    const rows = voteResultRows(
      [
        { noteId: 'a', roomId: 'r1', count: 4 },
        { noteId: 'x', roomId: 'r2', count: 1 },
        { noteId: 'gone', roomId: 'r2', count: 6 },
      ],
      'r2',
      textOf,
    );
    expect(rows.map((r) => [r.noteId, r.rank, r.text])).toEqual([
      ['gone', 1, null],
      ['x', 2, null],
    ]);
  });
});

describe('roundTurnout', () => {
  const people: Person[] = [
    { id: 'p1', name: 'Amina', role: 'participant', roomId: 'r1' },
    { id: 'p2', name: 'Bruno', role: 'participant', roomId: 'r1' },
    { id: 'p3', name: 'Chloé', role: 'participant', roomId: 'r2' },
    { id: 'f', name: 'Anim', role: 'facilitator', roomId: 'r1' },
  ];

  it('counts, while open, who voted against the rooms’ participants (facilitators do not vote)', () => {
    const { total, byRoom } = roundTurnout(testRound({ roomIds: ['r1', 'r2'], votedByRoom: { r1: 1 } }), people);
    expect(total).toEqual({ voted: 1, eligible: 3 });
    expect(byRoom.map((r) => [r.roomId, r.voted, r.eligible])).toEqual([
      ['r1', 1, 2],
      ['r2', 0, 1],
    ]);
  });

  it('takes the server’s count once closed', () => {
    const closed = testRound({ status: 'closed', turnout: { voted: 32, eligible: 42 }, byRoom: [{ roomId: 'r1', voted: 32, eligible: 42, dots: 90 }] });
    expect(roundTurnout(closed, people).total).toEqual({ voted: 32, eligible: 42 });
  });
});
