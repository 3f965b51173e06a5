import { boardMaps, createNote, updateNote, type Note } from '@essaim/shared';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { notesStore } from './notesStore';

const ctx = { authorId: 'a', now: 1 };

describe('EntriesStore (of notes)', () => {
  it('keeps the objects of notes that did not change, so their drawing is not redone', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'one', x: 0, y: 0, text: 'un' }, ctx);
    createNote(doc, { id: 'two', x: 200, y: 0, text: 'deux' }, { ...ctx, now: 2 });
    const store = notesStore(doc);
    const [one, two] = store.getSnapshot();
    updateNote(doc, 'two', { x: 400 }, 3);
    const after = store.getSnapshot();
    expect(after[0]).toBe(one);
    expect(after[1]).not.toBe(two);
    expect(after[1]).toMatchObject({ id: 'two', x: 400 });
    expect(store.getSnapshot()).toBe(after);
  });

  it('skips malformed entries and keeps the drawing order of readNotes', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'late', x: 0, y: 0 }, { ...ctx, now: 5 });
    createNote(doc, { id: 'early', x: 0, y: 0 }, { ...ctx, now: 4 });
    boardMaps(doc).notes.set('bad', { id: 'bad' } as unknown as Note);
    expect(notesStore(doc).getSnapshot().map((n) => n.id)).toEqual(['early', 'late']);
  });
});
