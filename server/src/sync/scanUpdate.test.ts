import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_MAP_NAMES, boardMaps } from '@essaim/shared';
import { subdocFlood } from '../../test/fuzzFrames.js';
import { scanUpdate } from './scanUpdate.js';

/** The notes map without the `Note` type: these tests write what no valid client would. */
const ROOTS = new Set<string>(Object.values(BOARD_MAP_NAMES));
const anyNotes = (doc: Y.Doc): Y.Map<unknown> => boardMaps(doc).notes as unknown as Y.Map<unknown>;

describe('scanUpdate', () => {
  it('lets through what the standard client sends for a board: entries set, overwritten, deleted', () => {
    const doc = new Y.Doc();
    const notes = anyNotes(doc);
    notes.set('a', { id: 'a', text: 'Idée', tags: [1, 2.5, null, true, { deep: ['x'] }] });
    notes.set('a', { id: 'a', text: 'Autre' });
    notes.set('b', { id: 'b' });
    notes.delete('b');
    expect(scanUpdate(Y.encodeStateAsUpdate(doc), ROOTS)).toEqual({ ok: true });
  });

  it('lets through overwrites an undo history kept from garbage collection, which Yjs merges into one struct', () => {
    const doc = new Y.Doc();
    const notes = anyNotes(doc);
    const undo = new Y.UndoManager(notes, { captureTimeout: 0 });
    for (const text of ['B', 'Bu', 'Bud', 'Budget']) notes.set('a', { id: 'a', text });
    const update = Y.encodeStateAsUpdate(doc);
    // the kept, deleted overwrites are merged: one struct holding several JSON values
    const merged = Y.decodeUpdate(update).structs.some((s) => s instanceof Y.Item && s.content instanceof Y.ContentAny && s.length > 1);
    expect(merged).toBe(true);
    expect(scanUpdate(update, ROOTS)).toEqual({ ok: true });
    undo.destroy();
  });

  it('refuses sub-documents, text and nested types without decoding them', () => {
    expect(scanUpdate(subdocFlood(3), ROOTS)).toMatchObject({ ok: false });
    const doc = new Y.Doc();
    anyNotes(doc).set('t', new Y.Text('x'));
    expect(scanUpdate(Y.encodeStateAsUpdate(doc), ROOTS)).toMatchObject({ ok: false });
  });

  it('refuses JSON nested deeper than a note needs, and clocks near 2^53', () => {
    const doc = new Y.Doc();
    let value: unknown = 'x';
    for (let i = 0; i < 40; i++) value = [value];
    anyNotes(doc).set('deep', value);
    expect(scanUpdate(Y.encodeStateAsUpdate(doc), ROOTS)).toEqual({ ok: false, reason: 'JSON value nested too deep' });
  });

  it('refuses a JSON value bigger than any note, or with more entries, before walking it all', () => {
    const big = new Y.Doc();
    anyNotes(big).set('big', { id: 'big', text: 'é'.repeat(9000) });
    expect(scanUpdate(Y.encodeStateAsUpdate(big), ROOTS)).toEqual({ ok: false, reason: 'JSON value over 16384 bytes' });
    const wide = new Y.Doc();
    anyNotes(wide).set('wide', Object.fromEntries(Array.from({ length: 257 }, (_, i) => [`k${i}`, i])));
    expect(scanUpdate(Y.encodeStateAsUpdate(wide), ROOTS)).toMatchObject({ ok: false, reason: expect.stringContaining('256 entries') });
    const longKey = new Y.Doc();
    anyNotes(longKey).set('k'.repeat(300), { id: 'x' });
    expect(scanUpdate(Y.encodeStateAsUpdate(longKey), ROOTS)).toEqual({ ok: false, reason: 'entry key over 256 bytes' });
    // the largest note a client may write still passes
    const note = new Y.Doc();
    anyNotes(note).set('n', { id: 'n', text: 'é'.repeat(2000), color: 'yellow', x: 1, y: 2 });
    expect(scanUpdate(Y.encodeStateAsUpdate(note), ROOTS)).toEqual({ ok: true });
  });

  it('finds a prototype key inside a value, however it is nested', () => {
    const json = JSON.parse('{"id":"p","tags":[{"__proto__":{"x":1}}]}') as unknown;
    const doc2 = new Y.Doc();
    anyNotes(doc2).set('p', json);
    expect(scanUpdate(Y.encodeStateAsUpdate(doc2), ROOTS)).toEqual({ ok: false, reason: 'JSON key __proto__, constructor or prototype' });
  });

  it('throws on a truncated update, like the Yjs decoder', () => {
    const doc = new Y.Doc();
    anyNotes(doc).set('a', { id: 'a', text: 'Idée' });
    const update = Y.encodeStateAsUpdate(doc);
    expect(() => scanUpdate(update.subarray(0, update.length - 3), ROOTS)).toThrow();
  });
});
