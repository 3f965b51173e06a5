import { describe, expect, it } from 'vitest';
import type { Frame, Note, Person } from '@essaim/shared';
import { testNote } from './testBoard';
import { testRound } from './testVoteRound';
import { roundTurnout, unrankedNotes, voteResultRows } from './voteResultRows';

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

describe('unrankedNotes', () => {
  const zone: Frame = { id: 'z', title: 'Mobilité', x: 0, y: 0, width: 1000, height: 1000, color: 'grey' };
  const board = (...notes: Note[]) => ({ notes: new Map(notes.map((n) => [n.id, n])), frames: [zone] });
  const boards = new Map([
    ['r1', board(testNote({ id: 'a' }), testNote({ id: 'b' }), testNote({ id: 'c' }), testNote({ id: 'far', x: 5000 }), testNote({ id: 'copy', createdAt: 50 }), testNote({ id: 'later', createdAt: 99 }))],
    ['r2', board(testNote({ id: 'x' }), testNote({ id: 'y' }))],
  ]);
  const round = testRound({
    roomIds: ['r1', 'r2'],
    scope: { kind: 'frame', frameId: 'z', title: 'Mobilité' },
    status: 'closed',
    closedAt: 40,
    results: [
      { noteId: 'a', roomId: 'r1', count: 2 },
      { noteId: 'b', roomId: 'r1', count: 0 },
      { noteId: 'x', roomId: 'r2', count: 1 },
    ],
    copies: { copy: 'a' },
  });

  it('counts the notes of the scope the ranking leaves out: no dot, in one room or all', () => {
    // r1: b (0) and c (none) in the zone; `far` outside it, the copy and the later note not in the vote
    expect(unrankedNotes(round, boards, 'r1')).toBe(2);
    expect(unrankedNotes(round, boards, null)).toBe(3);
  });

  it('counts nothing when every note of the scope got a dot, or the board cannot be read', () => {
    expect(unrankedNotes({ ...round, scope: { kind: 'notes', noteIds: ['a', 'x'] } }, boards, null)).toBe(0);
    expect(unrankedNotes(round, new Map(), null)).toBe(0);
  });
});
