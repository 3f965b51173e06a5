import { describe, expect, it } from 'vitest';
import { rankResults } from '@essaim/shared';
import { keepChoice } from './keepChoice';

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
