import { describe, expect, it } from 'vitest';
import { rankResults, type Frame } from '@essaim/shared';
import { copiesKept, keepChoice, keepZones } from './keepChoice';
import { testRound } from './testVoteRound';

const ranked = rankResults(
  [5, 4, 4, 4, 2].map((count, i) => ({ noteId: `n${i}`, roomId: 'r', count })),
);

describe('keepChoice', () => {
  it('keeps the top notes at once when no tie sits on the boundary', () => {
    expect(keepChoice(ranked, 4, new Set()).noteIds).toEqual(['n0', 'n1', 'n2', 'n3']);
  });

  it('waits for the facilitator to settle a tie on the boundary, then keeps in rank order', () => {
    const none = keepChoice(ranked, 3, new Set());
    expect(none.kept.map((r) => r.noteId)).toEqual(['n0']);
    expect(none.tied.map((r) => r.noteId)).toEqual(['n1', 'n2', 'n3']);
    expect(none.placesLeft).toBe(2);
    expect(none.noteIds).toBeNull();
    expect(keepChoice(ranked, 3, new Set(['n3'])).noteIds).toBeNull();
    expect(keepChoice(ranked, 3, new Set(['n3', 'n1'])).noteIds).toEqual(['n0', 'n1', 'n3']);
    expect(keepChoice(ranked, 3, new Set(['n1', 'n2', 'n3'])).noteIds).toBeNull();
  });

  it('never keeps a note without a dot, and nothing for 0', () => {
    const withZero = rankResults([{ noteId: 'a', roomId: 'r', count: 1 }, { noteId: 'b', roomId: 'r', count: 0 }]);
    expect(keepChoice(withZero, 3, new Set()).noteIds).toEqual(['a']);
    expect(keepChoice(withZero, 0, new Set()).noteIds).toBeNull();
  });
});

describe('copiesKept', () => {
  it('counts the copies « Garder » made of this room’s results, so a second click is not a surprise', () => {
    const round = testRound({
      roomIds: ['r1', 'r2'],
      status: 'closed',
      results: [
        { noteId: 'a', roomId: 'r1', count: 3 },
        { noteId: 'b', roomId: 'r1', count: 2 },
        { noteId: 'x', roomId: 'r2', count: 4 },
      ],
      copies: { c1: 'a', c2: 'b', c3: 'x' },
    });
    expect(copiesKept(round, 'r1')).toBe(2);
    expect(copiesKept(round, 'r2')).toBe(1);
    expect(copiesKept({ ...round, copies: {} }, 'r1')).toBe(0);
  });
});

describe('keepZones', () => {
  const zone = (id: string, title: string): Frame => ({ id, title, x: 0, y: 0, width: 100, height: 100, color: 'grey' });

  it('names the priorities zone once, as the default, and lists the others by title', () => {
    const zones = keepZones([zone('m', 'Mobilité'), zone('p', '3 besoins prioritaires'), zone('h', 'Habitat')]);
    expect(zones.priority?.id).toBe('p');
    expect(zones.others.map((f) => f.title)).toEqual(['Habitat', 'Mobilité']);
    expect(keepZones([zone('m', 'Mobilité')]).priority).toBeNull();
  });
});
