import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote } from '../ops/createNote.js';
import { deleteNotes } from '../ops/deleteNotes.js';
import { updateNote } from '../ops/updateNotes.js';
import { BOARD_MAP_NAMES } from '../schema/boardMaps.js';
import { ShadowDoc, type UpdateEffect } from './ShadowDoc.js';

/** What the update would change on `server`, tried on a shadow copy that is then dropped. */
function readEntryChanges(server: Y.Doc, update: Uint8Array): UpdateEffect {
  const shadow = new ShadowDoc(server, new Set(Object.values(BOARD_MAP_NAMES)));
  const before = Y.encodeStateAsUpdate(server);
  try {
    return shadow.tryUpdate(update);
  } finally {
    shadow.destroy();
    // trying never touches the real document
    expect(Y.encodeStateAsUpdate(server)).toEqual(before);
  }
}

const ctx = { authorId: 'p-lina', now: 1000 };

/** A server document and a client that has synced with it; `edit` returns the client's update. */
function serverAndClient() {
  const server = new Y.Doc();
  createNote(server, { id: 'n1', x: 0, y: 0, text: 'existante' }, { authorId: 'p-marc', now: 1 });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const edit = (fn: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    fn(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  return { server, client, edit };
}

describe('ShadowDoc.tryUpdate', () => {
  it('sees a new note with no value before', () => {
    const { server, edit } = serverAndClient();
    const result = readEntryChanges(server, edit((d) => createNote(d, { id: 'n2', x: 0, y: 0, text: 'nouvelle' }, ctx)));
    expect(result).toEqual({ ok: true, changes: [{ map: 'notes', key: 'n2', before: undefined, after: expect.objectContaining({ text: 'nouvelle' }) }] });
  });

  it('sees an edit as the old and the new value of the same key', () => {
    const { server, edit } = serverAndClient();
    const result = readEntryChanges(server, edit((d) => updateNote(d, 'n1', { text: 'modifiée' }, 2)));
    expect(result.ok && result.changes).toEqual([
      { map: 'notes', key: 'n1', before: expect.objectContaining({ text: 'existante' }), after: expect.objectContaining({ text: 'modifiée' }) },
    ]);
  });

  it('sees a delete as a value that disappears', () => {
    const { server, edit } = serverAndClient();
    const result = readEntryChanges(server, edit((d) => deleteNotes(d, ['n1'])));
    expect(result.ok && result.changes).toEqual([{ map: 'notes', key: 'n1', before: expect.objectContaining({ id: 'n1' }), after: undefined }]);
  });

  it('keeps only the last value when a note was edited several times offline', () => {
    const { server, edit } = serverAndClient();
    const result = readEntryChanges(
      server,
      edit((d) => {
        createNote(d, { id: 'n2', x: 0, y: 0 }, ctx);
        updateNote(d, 'n2', { text: 'un' }, 2);
        updateNote(d, 'n2', { text: 'deux' }, 3);
      }),
    );
    expect(result.ok && result.changes.map((c) => [c.key, (c.after as { text: string }).text])).toEqual([['n2', 'deux']]);
  });

  it('reports nothing for a note created and deleted before it was sent', () => {
    const { server, edit } = serverAndClient();
    const result = readEntryChanges(server, edit((d) => { createNote(d, { id: 'n2', x: 0, y: 0 }, ctx); deleteNotes(d, ['n2']); }));
    expect(result).toEqual({ ok: true, changes: [] });
  });

  it('reports nothing for an update the server already has', () => {
    const { server, edit } = serverAndClient();
    const update = edit((d) => createNote(d, { id: 'n2', x: 0, y: 0 }, ctx));
    Y.applyUpdate(server, update);
    expect(readEntryChanges(server, update)).toEqual({ ok: true, changes: [] });
  });

  it('refuses an update whose earlier part the server never received', () => {
    const { server, edit } = serverAndClient();
    edit((d) => createNote(d, { id: 'n2', x: 0, y: 0 }, ctx));
    const second = edit((d) => createNote(d, { id: 'n3', x: 0, y: 0 }, ctx));
    expect(readEntryChanges(server, second)).toMatchObject({ ok: false });
  });

  it.each([
    ['a nested map inside notes', (d: Y.Doc) => d.getMap('notes').set('n9', new Y.Map())],
    ['text at the root', (d: Y.Doc) => d.getText('notes').insert(0, 'x')],
    ['an unknown root map', (d: Y.Doc) => d.getMap('evil').set('k', 1)],
    ['an array at the root', (d: Y.Doc) => d.getArray('frames').push([1])],
  ])('refuses %s', (_label, fn) => {
    const { server, edit } = serverAndClient();
    expect(readEntryChanges(server, edit(fn))).toMatchObject({ ok: false });
  });

  it('refuses a change inside a nested type the server already holds', () => {
    const { server, client, edit } = serverAndClient();
    const nested = new Y.Map();
    server.getMap('notes').set('legacy', nested);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const update = edit((d) => (d.getMap('notes').get('legacy') as Y.Map<number>).set('k', 1));
    expect(readEntryChanges(server, update)).toMatchObject({ ok: false });
  });

  it('follows server-side changes made to the real document', () => {
    const { server, edit } = serverAndClient();
    const shadow = new ShadowDoc(server, new Set(Object.values(BOARD_MAP_NAMES)));
    expect(shadow.tryUpdate(new Uint8Array([0, 0]))).toEqual({ ok: true, changes: [] });
    shadow.accept(new Uint8Array([0, 0]), null);
    createNote(server, { id: 'srv', x: 0, y: 0, text: 'du serveur' }, { authorId: 'p-marc', now: 5 });
    const result = shadow.tryUpdate(edit((d) => deleteNotes(d, ['n1'])));
    expect(result.ok && result.changes.map((c) => c.key)).toEqual(['n1']);
    shadow.destroy();
  });

  it('accepting applies exactly the tried update to the real document', () => {
    const { server, client, edit } = serverAndClient();
    const shadow = new ShadowDoc(server, new Set(Object.values(BOARD_MAP_NAMES)));
    const update = edit((d) => updateNote(d, 'n1', { text: 'acceptée' }, 2));
    expect(shadow.tryUpdate(update).ok).toBe(true);
    shadow.accept(update, 'conn');
    expect(Y.encodeStateAsUpdate(server)).toEqual(Y.encodeStateAsUpdate(client));
    shadow.destroy();
  });
});
