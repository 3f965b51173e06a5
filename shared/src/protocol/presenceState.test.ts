import { describe, expect, it } from 'vitest';
import { BOARD_LIMIT } from '../schema/Note.js';
import { PRESENCE_LIMITS, readPresenceState } from './presenceState.js';

const user = { id: 'p-lina', name: 'Lina', color: '#C0392B' };

describe('readPresenceState', () => {
  it('keeps a well-formed state as it is, with no fault', () => {
    const state = { user, cursor: { x: 10, y: -20 }, drag: { n1: { x: 1, y: 2 } } };
    expect(readPresenceState(state)).toEqual({ state, faults: [] });
    expect(readPresenceState({})).toEqual({ state: {}, faults: [] });
    expect(readPresenceState({ user, cursor: null, drag: null })).toEqual({ state: { user, cursor: null, drag: null }, faults: [] });
  });

  it('is null for anything but an object', () => {
    for (const value of [null, 'x', 3, [user]]) expect(readPresenceState(value)).toBeNull();
  });

  it('drops unknown fields anywhere, without a fault', () => {
    const reading = readPresenceState({ user: { ...user, admin: true }, cursor: { x: 1, y: 2, z: 3 }, drag: { n: { x: 1, y: 1, w: 9 } }, evil: 'x'.repeat(10_000) });
    expect(reading).toEqual({ state: { user, cursor: { x: 1, y: 2 }, drag: { n: { x: 1, y: 1 } } }, faults: [] });
  });

  it('rounds coordinates and brings them onto the board', () => {
    const reading = readPresenceState({ cursor: { x: 5e9, y: 20.4 }, drag: { n: { x: -5e9, y: 0.6 } } });
    expect(reading?.state).toEqual({ cursor: { x: BOARD_LIMIT, y: 20 }, drag: { n: { x: -BOARD_LIMIT, y: 1 } } });
    expect(reading?.faults).toEqual([]);
  });

  it('cuts a drag at the limit and a name at the server’s length', () => {
    const drag = Object.fromEntries(Array.from({ length: 700 }, (_, i) => [`n${i}`, { x: i, y: i }]));
    const reading = readPresenceState({ user: { ...user, name: 'x'.repeat(100) }, drag });
    expect(Object.keys(reading?.state.drag ?? {})).toHaveLength(PRESENCE_LIMITS.drag);
    expect(reading?.state.user?.name).toHaveLength(PRESENCE_LIMITS.name);
    expect(reading?.faults).toEqual([]);
  });

  it.each<[string, unknown, object]>([
    ['a colour that is not #rrggbb', { user: { ...user, color: 'red; background:url(x)' } }, { user: { id: user.id, name: user.name } }],
    ['a user without an id', { user: { name: 'Lina' } }, {}],
    ['a user id too long', { user: { ...user, id: 'p'.repeat(65) } }, {}],
    ['a name that is not text', { user: { ...user, name: 42 } }, { user: { ...user, name: '' } }],
    ['a cursor that is not a point', { cursor: { x: 'a', y: 0 } }, { cursor: null }],
    ['a cursor at infinity', { cursor: { x: Infinity, y: 0 } }, { cursor: null }],
    ['a drag that is a list', { drag: [{ x: 1, y: 1 }] }, { drag: null }],
    ['a drag keyed by no note id', { drag: { ['n'.repeat(65)]: { x: 1, y: 1 }, ok: { x: 2, y: 2 } } }, { drag: { ok: { x: 2, y: 2 } } }],
    ['a drag position that is not a point', { drag: { a: { x: 1, y: 2 }, b: { x: 'no' } } }, { drag: { a: { x: 1, y: 2 } } }],
  ])('names %s as a fault and leaves it out', (_case, value, state) => {
    const reading = readPresenceState(value);
    expect(reading?.state).toEqual(state);
    expect(reading?.faults).toHaveLength(1);
  });

  it('refuses drag keys no note id can be: other characters, or names of an object’s internals', () => {
    const reading = readPresenceState(JSON.parse('{"drag":{"__proto__":{"x":1,"y":2},"a b":{"x":1,"y":2},"ok":{"x":3,"y":4}}}'));
    expect(JSON.stringify(reading?.state)).toBe('{"drag":{"ok":{"x":3,"y":4}}}');
    expect(reading?.faults).toHaveLength(2);
  });
});

describe('readPresenceState: the editing claim', () => {
  it('keeps the id of the note being edited, and null once the editor is closed', () => {
    expect(readPresenceState({ user, editing: 'n-1_a' })).toEqual({ state: { user, editing: 'n-1_a' }, faults: [] });
    expect(readPresenceState({ user, editing: null })).toEqual({ state: { user, editing: null }, faults: [] });
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['an object', { id: 'n1' }],
    ['an id too long', 'n'.repeat(65)],
    ['characters no note id has', 'a b'],
    ['a name of an object’s internals', '__proto__'],
    ['an empty string', ''],
  ])('names a claim on %s as a fault and reads it as no claim', (_case, editing) => {
    const reading = readPresenceState({ user, editing });
    expect(reading?.state).toEqual({ user, editing: null });
    expect(reading?.faults).toEqual(['presence editing must be a note id or null']);
  });

  describe('dragZones, the live corners of dragged zones', () => {
    it('keeps well-formed zone positions, rounded and on the board', () => {
      const reading = readPresenceState({ user, drag: { n1: { x: 1, y: 2 } }, dragZones: { 'zone-1': { x: 10.4, y: -5e9 } } });
      expect(reading).toEqual({ state: { user, drag: { n1: { x: 1, y: 2 } }, dragZones: { 'zone-1': { x: 10, y: -BOARD_LIMIT } } }, faults: [] });
      expect(readPresenceState({ dragZones: null })).toEqual({ state: { dragZones: null }, faults: [] });
    });

    it('cuts a zone drag at its own limit, far below the notes’', () => {
      const dragZones = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`z${i}`, { x: i, y: i }]));
      const reading = readPresenceState({ dragZones });
      expect(Object.keys(reading?.state.dragZones ?? {})).toEqual(Array.from({ length: PRESENCE_LIMITS.dragZones }, (_, i) => `z${i}`));
      expect(reading?.faults).toEqual([]);
    });

    it.each<[string, unknown, object]>([
      ['a list', [{ x: 1, y: 1 }], { dragZones: null }],
      ['a number', 7, { dragZones: null }],
      ['a key no zone id can be', { 'z 1': { x: 1, y: 1 }, ok: { x: 2, y: 2 } }, { dragZones: { ok: { x: 2, y: 2 } } }],
      ['a position at infinity', JSON.parse('{"a":{"x":1e999,"y":0},"b":{"x":1,"y":1}}'), { dragZones: { b: { x: 1, y: 1 } } }],
      ['a position that is text', { a: { x: '1', y: 1 } }, { dragZones: {} }],
    ])('names a zone drag that is %s as a fault', (_case, dragZones, state) => {
      const reading = readPresenceState({ dragZones });
      expect(reading?.state).toEqual(state);
      expect(reading?.faults).toEqual([expect.stringMatching(/dragZones/)]);
    });

    it('refuses the names of an object’s internals as zone ids', () => {
      const reading = readPresenceState(JSON.parse('{"dragZones":{"__proto__":{"x":1,"y":2},"constructor":{"x":1,"y":2},"ok":{"x":3,"y":4}}}'));
      expect(JSON.stringify(reading?.state)).toBe('{"dragZones":{"ok":{"x":3,"y":4}}}');
      expect(reading?.faults).toHaveLength(2);
    });
  });
});
