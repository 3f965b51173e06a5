import { describe, expect, it } from 'vitest';
import { BOARD_LIMIT, parseNote } from './Note.js';

const valid = { id: 'n1', text: 'Besoin', color: 'blue', x: 0, y: 0, width: 160, height: 160, authorId: 'p', createdAt: 1 };

describe('parseNote', () => {
  it('accepts the contract shape', () => {
    expect(parseNote(valid)).toEqual(valid);
  });

  it.each([
    ['not an object', 'note'],
    ['an array', [valid]],
    ['no id', { ...valid, id: '' }],
    ['text not a string', { ...valid, text: null }],
    ['position not a number', { ...valid, x: '10' }],
    ['infinite size', { ...valid, width: Infinity }],
    ['no author', { ...valid, authorId: undefined }],
    ['an id that names an object internal', { ...valid, id: '__proto__' }],
    ['an id with spaces', { ...valid, id: 'a b' }],
    ['a creation time before 1970', { ...valid, createdAt: -1e15 }],
    ['a creation time past 2100', { ...valid, createdAt: 8.64e15 }],
  ])('rejects %s', (_label, value) => {
    expect(parseNote(value)).toBeNull();
  });

  it('drops an update time that is not a date', () => {
    expect(parseNote({ ...valid, updatedAt: 8.64e15 })).toEqual(valid);
  });

  it('brings far-away positions back within the board', () => {
    expect(parseNote({ ...valid, x: 1e12, y: -1e12 })).toMatchObject({ x: BOARD_LIMIT, y: -BOARD_LIMIT });
  });
});
