import { describe, expect, it } from 'vitest';
import { migrateEntry } from './EntryType.js';
import { BOARD_LIMIT, noteType, parseNote } from './Note.js';

const valid = { id: 'n1', text: 'Besoin', color: 'blue', x: 0, y: 0, width: 160, height: 160, authorId: 'p', createdAt: 1 };

describe('parseNote', () => {
  it('accepts the contract shape', () => {
    expect(parseNote(valid)).toEqual(valid);
    expect(parseNote({ ...valid, groupId: 'g1' })).toEqual({ ...valid, groupId: 'g1' });
    expect(parseNote({ ...valid, groupId: null })).toEqual({ ...valid, groupId: null });
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

  it('drops an update time that is not a date, and a cluster that is not an id, leaving no undefined behind', () => {
    const parsed = parseNote({ ...valid, updatedAt: 8.64e15, groupId: 'a b' });
    expect(parsed).toStrictEqual(valid);
  });

  it('brings far-away positions back within the board', () => {
    expect(parseNote({ ...valid, x: 1e12, y: -1e12 })).toMatchObject({ x: BOARD_LIMIT, y: -BOARD_LIMIT });
  });
});

describe('noteType.validate', () => {
  it('accepts a note exactly in the contract shape under its own id', () => {
    expect(noteType.validate('n1', { ...valid, groupId: 'g1', updatedAt: 5 })).not.toBeNull();
  });

  it.each([
    ['an extra field', { ...valid, script: '<x>' }],
    ['an unknown colour', { ...valid, color: 'fuchsia' }],
    ['a size out of bounds', { ...valid, width: 5000 }],
    ['a cluster that is not an id', { ...valid, groupId: 'a b' }],
    ['a text too long', { ...valid, text: 'x'.repeat(2001) }],
  ])('refuses %s, which reading would repair', (_label, value) => {
    expect(noteType.parse(value)).not.toBeNull();
    expect(noteType.validate('n1', value)).toBeNull();
  });

  it('refuses a note under a key that is not its id', () => {
    expect(noteType.validate('n2', valid)).toBeNull();
  });
});

describe('note migrations', () => {
  it('repairs a note of a version-1 board into the current shape, and leaves a current board’s notes alone', () => {
    const old = { ...valid, x: 1e12, color: 'fuchsia', updatedAt: -5 };
    const migrated = migrateEntry(noteType, old, 'n1', 1);
    expect(noteType.validate('n1', migrated)).toEqual({ ...valid, x: BOARD_LIMIT, color: 'yellow' });
    expect(migrateEntry(noteType, old, 'n1', 2)).toBe(old);
  });

  it('keeps what no step can read', () => {
    expect(migrateEntry(noteType, 'pas une note', 'n1', 1)).toBe('pas une note');
    expect(migrateEntry(noteType, { id: 'n1' }, 'n1', 1)).toEqual({ id: 'n1' });
  });
});
