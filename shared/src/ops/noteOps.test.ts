import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { NOTE_DEFAULT_SIZE, NOTE_MAX_TEXT, NOTE_MIN_SIZE } from '../schema/Note.js';
import { createNote } from './createNote.js';
import { deleteNotes } from './deleteNotes.js';
import { readNotes } from './readNotes.js';
import { syncedPair } from './syncedPair.js';
import { updateNote, updateNotes } from './updateNotes.js';

const ctx = { authorId: 'p-lina', now: 1_700_000_000_000 };

describe('note operations between two synced documents', () => {
  it('a note created on one side arrives whole on the other, centred where it was placed', () => {
    const { a, b } = syncedPair();
    createNote(a, { id: 'n1', x: 500, y: 300, text: 'Mobilité en zone rurale', color: 'green' }, ctx);
    const [note] = readNotes(b);
    expect(note).toEqual({
      id: 'n1',
      text: 'Mobilité en zone rurale',
      color: 'green',
      x: 500 - NOTE_DEFAULT_SIZE / 2,
      y: 300 - NOTE_DEFAULT_SIZE / 2,
      width: NOTE_DEFAULT_SIZE,
      height: NOTE_DEFAULT_SIZE,
      authorId: 'p-lina',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  });

  it('moving a selection of notes is one change for the other side', () => {
    const { a, b, updatesFromA } = syncedPair();
    createNote(a, { id: 'n1', x: 0, y: 0 }, ctx);
    createNote(a, { id: 'n2', x: 200, y: 0 }, ctx);
    const before = updatesFromA.length;
    const moved = updateNotes(a, new Map([['n1', { x: 10, y: 20 }], ['n2', { x: 210, y: 20 }], ['gone', { x: 1, y: 1 }]]), ctx.now + 1);
    expect(moved).toBe(2);
    expect(updatesFromA.length - before).toBe(1);
    expect(readNotes(b).map((n) => [n.id, n.x, n.y])).toEqual([['n1', 10, 20], ['n2', 210, 20]]);
  });

  it('edits from both sides on different notes both survive; the same note ends identical everywhere', () => {
    const { a, b } = syncedPair();
    createNote(a, { id: 'n1', x: 0, y: 0 }, ctx);
    createNote(b, { id: 'n2', x: 0, y: 0 }, { ...ctx, authorId: 'p-marc' });
    updateNote(a, 'n2', { text: 'Tiers-lieu' }, ctx.now + 1);
    updateNote(b, 'n1', { color: 'pink' }, ctx.now + 1);
    expect(readNotes(a)).toEqual(readNotes(b));
    expect(readNotes(a).find((n) => n.id === 'n2')?.text).toBe('Tiers-lieu');
    expect(readNotes(b).find((n) => n.id === 'n1')?.color).toBe('pink');
  });

  it('concurrent edits of one note made offline converge to the same note on both sides', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    createNote(a, { id: 'n1', x: 0, y: 0 }, ctx);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateNote(a, 'n1', { text: 'version A' }, ctx.now + 1);
    updateNote(b, 'n1', { text: 'version B' }, ctx.now + 2);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readNotes(a)).toEqual(readNotes(b));
    expect(['version A', 'version B']).toContain(readNotes(a)[0]?.text);
  });

  it('clamps sizes and text length instead of storing out-of-range values', () => {
    const { a, b } = syncedPair();
    createNote(a, { id: 'n1', x: 0, y: 0, width: 5, text: 'é'.repeat(NOTE_MAX_TEXT + 50) }, ctx);
    updateNote(a, 'n1', { height: 1 }, ctx.now);
    const [note] = readNotes(b);
    expect(note?.width).toBe(NOTE_MIN_SIZE);
    expect(note?.height).toBe(NOTE_MIN_SIZE);
    expect(note?.text.length).toBe(NOTE_MAX_TEXT);
  });

  it('deletes notes on both sides and reports how many existed', () => {
    const { a, b } = syncedPair();
    createNote(a, { id: 'n1', x: 0, y: 0 }, ctx);
    createNote(a, { id: 'n2', x: 0, y: 0 }, ctx);
    expect(deleteNotes(b, ['n1', 'missing'])).toBe(1);
    expect(readNotes(a).map((n) => n.id)).toEqual(['n2']);
  });

  it('skips malformed entries written by a foreign client and shows foreign but valid ones', () => {
    const { a, b } = syncedPair();
    const { notes } = boardMaps(a);
    notes.set('bad', { id: 'bad', text: 42 } as never);
    notes.set('ext', { id: 'ext', text: 'de Python', color: 'fuchsia', x: 1, y: 2, width: 100, height: 100, authorId: 'bot', createdAt: 5 } as never);
    expect(readNotes(b)).toEqual([
      { id: 'ext', text: 'de Python', color: 'yellow', x: 1, y: 2, width: 100, height: 100, authorId: 'bot', createdAt: 5 },
    ]);
  });
});
