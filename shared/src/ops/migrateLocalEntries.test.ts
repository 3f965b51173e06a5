import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, SCHEMA_VERSION } from '../schema/boardMaps.js';
import { SCHEMA_VERSION_KEY } from '../schema/BoardMeta.js';
import { frameType } from '../schema/Frame.js';
import { noteType } from '../schema/Note.js';
import { migrateLocalEntries } from './migrateLocalEntries.js';

const note = { id: 'n1', text: 'Besoin', color: 'blue', x: 0, y: 0, width: 160, height: 160, authorId: 'lina', createdAt: 1 };
const lina = { participantId: 'lina', role: 'participant' } as const;
const facilitator = { participantId: 'anim', role: 'facilitator' } as const;

/** An offline copy last synced with a board of version 1, and written to while offline: out-of-range notes, a zone of no contract shape. */
function versionOneCopy(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const notes = doc.getMap('notes');
    notes.set('n1', { ...note, x: 5e12, color: 'fuchsia' });
    notes.set('n2', { ...note, id: 'n2', authorId: 'sam', y: -5e12 });
    notes.set('junk', 'pas une note');
    doc.getMap('frames').set('f1', { x: 0, y: 0, title: 'Besoins' });
  });
  return doc;
}

describe('migrateLocalEntries', () => {
  it('brings the entries this person may write to the current shapes, in one change, and leaves the others to the server', () => {
    const doc = versionOneCopy();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));

    expect(migrateLocalEntries(doc, lina)).toEqual({ from: 1, rewritten: 2, skipped: 1 });
    expect(updates).toHaveLength(1);
    const maps = boardMaps(doc);
    expect(noteType.validate('n1', maps.notes.get('n1'))).toEqual({ ...note, x: 1_000_000, color: 'yellow' });
    // someone else's note reads the same once repaired: a rewrite the rules allow
    expect(noteType.validate('n2', maps.notes.get('n2'))).toMatchObject({ y: -1_000_000 });
    // a zone is the facilitators' (a participant's rewrite would be refused): left to the server's own migration
    expect(frameType.validate('f1', maps.frames.get('f1'))).toBeNull();
    expect(maps.notes.get('junk')).toBe('pas une note');
    // the version is the server's to record
    expect(maps.meta.has(SCHEMA_VERSION_KEY)).toBe(false);
  });

  it('rewrites everything a facilitator may write', () => {
    const doc = versionOneCopy();
    expect(migrateLocalEntries(doc, facilitator)).toEqual({ from: 1, rewritten: 3, skipped: 0 });
    expect(frameType.validate('f1', boardMaps(doc).frames.get('f1'))).not.toBeNull();
    expect(noteType.validate('n2', boardMaps(doc).notes.get('n2'))).not.toBeNull();
  });

  it('changes nothing in a copy of the previous version whose entries every later step keeps', () => {
    const doc = new Y.Doc();
    boardMaps(doc).meta.set(SCHEMA_VERSION_KEY, SCHEMA_VERSION - 1);
    boardMaps(doc).notes.set('n1', note as never);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(migrateLocalEntries(doc, lina)).toEqual({ from: SCHEMA_VERSION - 1, rewritten: 0, skipped: 0 });
    expect(updates).toEqual([]);
  });

  it('does nothing to a copy already synced under the current schema', () => {
    const doc = versionOneCopy();
    boardMaps(doc).meta.set(SCHEMA_VERSION_KEY, SCHEMA_VERSION);
    expect(migrateLocalEntries(doc, facilitator)).toBeNull();
    expect(boardMaps(doc).notes.get('n1')?.color).toBe('fuchsia');
  });

  it('passes its origin to the transaction, so a provider can tell it from its own changes', () => {
    const doc = versionOneCopy();
    const origins: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    migrateLocalEntries(doc, lina, 'migration');
    expect(origins).toEqual(['migration']);
  });
});
