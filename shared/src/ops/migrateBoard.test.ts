import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, SCHEMA_VERSION } from '../schema/boardMaps.js';
import { SCHEMA_VERSION_KEY } from '../schema/BoardMeta.js';
import { migrateBoard, readSchemaVersion } from './migrateBoard.js';
import { readNotes } from './readNotes.js';

const note = { id: 'n1', text: 'Besoin', color: 'blue', x: 0, y: 0, width: 160, height: 160, authorId: 'p', createdAt: 1 };

/** A board as version 1 stored it: notes, anything a facilitator wrote elsewhere, no version. */
function versionOneBoard(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap('notes').set('n1', { ...note, x: 5e12, color: 'fuchsia' });
    doc.getMap('notes').set('junk', 'pas une note');
    doc.getMap('frames').set('f1', { x: 0, y: 0, title: 'Besoins' });
    doc.getMap('meta').set('policy', { locked: true });
    doc.getMap('meta').set('theme', 'clair');
  });
  return doc;
}

describe('migrateBoard', () => {
  it('brings a version-1 board to the current schema in one change, on every replica', () => {
    const doc = versionOneBoard();
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));

    expect(readSchemaVersion(doc)).toBe(1);
    expect(migrateBoard(doc)).toEqual({ from: 1, to: SCHEMA_VERSION, rewritten: 3 });
    expect(updates).toHaveLength(1);
    Y.applyUpdate(replica, updates[0]!);

    const maps = boardMaps(replica);
    expect(readSchemaVersion(replica)).toBe(SCHEMA_VERSION);
    expect(maps.notes.get('n1')).toEqual({ ...note, x: 1_000_000, color: 'yellow' });
    expect(maps.frames.get('f1')).toEqual({ id: 'f1', x: 0, y: 0, title: 'Besoins', width: 800, height: 600, color: 'grey' });
    expect(maps.meta.get('policy')).toEqual({ locked: true, editAll: false, moveAll: true });
    // nothing is dropped: what no step reads stays for a facilitator to delete
    expect([maps.notes.get('junk'), maps.meta.get('theme')]).toEqual(['pas une note', 'clair']);
    expect(readNotes(replica).map((n) => n.id)).toEqual(['n1']);
  });

  it('does nothing to a board already current, nor to an empty one', () => {
    const doc = versionOneBoard();
    migrateBoard(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(migrateBoard(doc)).toBeNull();
    expect(updates).toEqual([]);

    const fresh = new Y.Doc();
    expect(migrateBoard(fresh)).toBeNull();
    expect(boardMaps(fresh).meta.size).toBe(0);
  });

  it('records the version of a board of current entries without rewriting them', () => {
    const doc = new Y.Doc();
    boardMaps(doc).notes.set('n1', note as never);
    expect(migrateBoard(doc)).toEqual({ from: 1, to: SCHEMA_VERSION, rewritten: 0 });
    expect(boardMaps(doc).meta.get(SCHEMA_VERSION_KEY)).toBe(SCHEMA_VERSION);
  });

  it('leaves a board newer than this code alone', () => {
    const doc = new Y.Doc();
    boardMaps(doc).meta.set(SCHEMA_VERSION_KEY, SCHEMA_VERSION + 1);
    boardMaps(doc).notes.set('n1', { ...note, color: 'fuchsia' } as never);
    expect(migrateBoard(doc)).toBeNull();
    expect(boardMaps(doc).notes.get('n1')?.color).toBe('fuchsia');
  });
});
