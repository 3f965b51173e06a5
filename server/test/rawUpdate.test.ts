import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { currentItemId, encodeRawUpdate, objectWithKeys } from './rawUpdate.js';

/** A document with a fixed client id, so its encoding can be written out by hand. */
function docOf(client: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = client;
  return doc;
}

describe('encodeRawUpdate (the test encoder of raw Yjs v1 updates)', () => {
  it('writes a map entry as Yjs does: parent root name, key, JSON content', () => {
    const doc = docOf(3_000_000_001);
    doc.getMap('notes').set('n-1', { id: 'n-1', x: 12.5, tags: ['a', null], big: 2 ** 40 });

    const raw = encodeRawUpdate([
      { client: 3_000_000_001, clock: 0, structs: [{ parent: 'notes', parentSub: 'n-1', any: [{ id: 'n-1', x: 12.5, tags: ['a', null], big: 2 ** 40 }] }] },
    ]);

    expect(raw).toEqual(Y.encodeStateAsUpdate(doc));
  });

  it('writes an overwrite as Yjs does: the old value a deleted struct, the new one with its origin, and the delete set', () => {
    const doc = docOf(77);
    const notes = doc.getMap('notes');
    notes.set('k', 'first');
    notes.set('k', 'second');

    const raw = encodeRawUpdate(
      [{ client: 77, clock: 0, structs: [{ parent: 'notes', parentSub: 'k', deleted: 1 }, { origin: { client: 77, clock: 0 }, parentSub: 'k', any: ['second'] }] }],
      [{ client: 77, ranges: [{ clock: 0, len: 1 }] }],
    );

    expect(raw).toEqual(Y.encodeStateAsUpdate(doc));
    expect(currentItemId(notes, 'k')).toEqual({ client: 77, clock: 1 });
  });

  it('writes the structs it is given, as Yjs decodes them', () => {
    const raw = encodeRawUpdate(
      [
        {
          client: 5,
          clock: 0,
          structs: [
            { origin: { client: 9, clock: 3 }, deleted: 1 },
            { rightOrigin: { client: 9, clock: 4 }, deleted: 2 },
            { parent: 'x', parentSub: 'k', any: [1, 'deux'] },
            { parent: 'y', any: [true] },
            { parent: { client: 9, clock: 3 }, parentSub: 'k', deleted: 1 },
            { gc: 3 },
            { skip: 2 },
          ],
        },
      ],
      [{ client: 9, ranges: [{ clock: 0, len: 4 }, { clock: 2, len: 1 }] }],
    );

    const { structs, ds } = Y.decodeUpdate(raw);
    const shape = structs.map((s) => {
      const base = { kind: s.constructor.name, id: [s.id.client, s.id.clock], length: s.length };
      if (!(s instanceof Y.Item)) return base;
      const id = (v: Y.ID | null) => v && [v.client, v.clock];
      const parent = s.parent instanceof Y.ID ? id(s.parent) : s.parent;
      const content = s.content instanceof Y.ContentAny ? s.content.arr : s.content.constructor.name;
      return { ...base, origin: id(s.origin), rightOrigin: id(s.rightOrigin), parent, parentSub: s.parentSub, content };
    });
    expect(shape).toEqual([
      { kind: 'Item', id: [5, 0], length: 1, origin: [9, 3], rightOrigin: null, parent: null, parentSub: null, content: 'ContentDeleted' },
      { kind: 'Item', id: [5, 1], length: 2, origin: null, rightOrigin: [9, 4], parent: null, parentSub: null, content: 'ContentDeleted' },
      { kind: 'Item', id: [5, 3], length: 2, origin: null, rightOrigin: null, parent: 'x', parentSub: 'k', content: [1, 'deux'] },
      { kind: 'Item', id: [5, 5], length: 1, origin: null, rightOrigin: null, parent: 'y', parentSub: null, content: [true] },
      { kind: 'Item', id: [5, 6], length: 1, origin: null, rightOrigin: null, parent: [9, 3], parentSub: 'k', content: 'ContentDeleted' },
      { kind: 'GC', id: [5, 7], length: 3 },
      { kind: 'Skip', id: [5, 10], length: 2 },
    ]);
    expect(ds.clients.get(9)?.map(({ clock, len }) => [clock, len])).toEqual([
      [0, 4],
      [2, 1],
    ]);
  });

  it('writes an own "__proto__" key, which the decoder turns into the prototype of the value', () => {
    const hidden = { payload: 'x'.repeat(1000) };
    const note = objectWithKeys([
      ['id', 'n-1'],
      ['__proto__', hidden],
    ]);
    expect(Object.keys(note)).toEqual(['id', '__proto__']);

    const [item] = Y.decodeUpdate(encodeRawUpdate([{ client: 5, clock: 0, structs: [{ parent: 'notes', parentSub: 'n-1', any: [note] }] }])).structs;
    const decoded = ((item as Y.Item).content as Y.ContentAny).arr[0] as Record<string, unknown>;

    expect(Object.keys(decoded)).toEqual(['id']);
    expect(Object.getPrototypeOf(decoded)).toEqual(hidden);
    expect(JSON.stringify(decoded)).toBe('{"id":"n-1"}');
  });
});
