import { describe, expect, it } from 'vitest';
import { matchPosition, searchMatches, stepMatch } from './canvasSearch';
import { testNote } from './testBoard';

const notes = [
  testNote({ id: 'low', text: 'Épicerie solidaire', x: 0, y: 400, createdAt: 1 }),
  testNote({ id: 'right', text: 'Mobilité des aînés', x: 400, y: 0, createdAt: 2 }),
  testNote({ id: 'left', text: 'ÉPICERIE itinérante', x: 0, y: 10, createdAt: 3 }),
  testNote({ id: 'other', text: 'Tiers-lieu', x: 200, y: 0, authorId: 'marie', createdAt: 4 }),
];
const authorOf = (n: { authorId: string }) => (n.authorId === 'marie' ? 'Marie' : '');

describe('searchMatches', () => {
  it('finds notes whatever the accents and case, in reading order', () => {
    expect(searchMatches(notes, 'epicerie', authorOf).map((n) => n.id)).toEqual(['left', 'low']);
    expect(searchMatches(notes, 'AINES mobilite', authorOf).map((n) => n.id)).toEqual(['right']);
  });

  it('finds a note by its shown author, and nothing for an empty or blank query', () => {
    expect(searchMatches(notes, 'marie', authorOf).map((n) => n.id)).toEqual(['other']);
    expect(searchMatches(notes, '', authorOf)).toEqual([]);
    expect(searchMatches(notes, '   ', authorOf)).toEqual([]);
    expect(searchMatches(notes, 'vélo', authorOf)).toEqual([]);
  });
});

describe('stepMatch and matchPosition', () => {
  const matches = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('goes to the next and the previous match, round the ends', () => {
    expect(stepMatch(matches, 'a', 1)).toBe('b');
    expect(stepMatch(matches, 'c', 1)).toBe('a');
    expect(stepMatch(matches, 'a', -1)).toBe('c');
  });

  it('starts at the first (or the last, going back) when no match is current or it stopped matching', () => {
    expect(stepMatch(matches, null, 1)).toBe('a');
    expect(stepMatch(matches, null, -1)).toBe('c');
    expect(stepMatch(matches, 'gone', 1)).toBe('a');
    expect(stepMatch([], null, 1)).toBeNull();
  });

  it('counts from 1, and 0 when nothing is current', () => {
    expect(matchPosition(matches, 'c')).toBe(3);
    expect(matchPosition(matches, null)).toBe(0);
    expect(matchPosition(matches, 'gone')).toBe(0);
  });
});
