import { describe, expect, it } from 'vitest';
import { migrateEntry } from './EntryType.js';
import { FRAME_DEFAULTS, FRAME_MAX_SIZE, frameHoldsNote, frameType, parseFrame } from './Frame.js';

const valid = { id: 'f1', title: 'Mobilité durable', x: 0, y: 0, width: 800, height: 600, color: 'blue' };

describe('frames', () => {
  it('accepts the contract shape, locked or not', () => {
    expect(frameType.validate('f1', valid)).toEqual(valid);
    expect(frameType.validate('f1', { ...valid, locked: true })).toEqual({ ...valid, locked: true });
  });

  it.each([
    ['no position', { ...valid, x: undefined }],
    ['a bad id', { ...valid, id: 'constructor' }],
    ['not an object', 42],
  ])('reads nothing from %s', (_label, value) => {
    expect(parseFrame(value)).toBeNull();
  });

  it.each([
    ['no colour', { ...valid, color: undefined }],
    ['no title', { ...valid, title: undefined }],
    ['a huge width', { ...valid, width: 1e9 }],
    ['a lock that is not a boolean', { ...valid, locked: 'oui' }],
    ['an extra field', { ...valid, notes: ['n1'] }],
  ])('reads %s with its defaults, but refuses it as written', (_label, value) => {
    expect(parseFrame(value)).not.toBeNull();
    expect(frameType.validate('f1', value)).toBeNull();
  });

  it('fills the defaults a version-1 frame lacks, taking its key as id', () => {
    const migrated = migrateEntry(frameType, { x: 10, y: 20, width: 1e9 }, 'f9', 1);
    expect(frameType.validate('f9', migrated)).toEqual({ id: 'f9', x: 10, y: 20, width: FRAME_MAX_SIZE, height: FRAME_DEFAULTS.height, title: '', color: FRAME_DEFAULTS.color });
  });

  it('holds a note whose centre lies inside it', () => {
    const frame = parseFrame(valid)!;
    expect(frameHoldsNote(frame, { x: 700, y: 500, width: 160, height: 160 })).toBe(true);
    expect(frameHoldsNote(frame, { x: 750, y: 500, width: 160, height: 160 })).toBe(false);
  });
});
