import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_MAP_NAMES, ShadowDoc, type EntryChange } from '@essaim/shared';
import { encodeRawUpdate, newClientId, type RawId } from '../../test/rawUpdate.js';
import { prng } from '../../test/fuzzFrames.js';
import { readCertainChanges } from './readCertainChanges.js';

const ROOTS = new Set<string>(Object.values(BOARD_MAP_NAMES));
const note = (id: string, x: number) => ({ id, text: 'Idée', color: 'yellow', x, y: 0, width: 160, height: 160, authorId: 'p', createdAt: 1 });
const certainOf = (doc: Y.Doc, update: Uint8Array) => {
  const { structs, ds } = Y.decodeUpdate(update);
  return readCertainChanges(doc, structs, ds, ROOTS);
};
/** What the update really does, tried by Yjs on a shadow copy. */
function trueChanges(doc: Y.Doc, update: Uint8Array): EntryChange[] {
  const shadow = new ShadowDoc(doc, ROOTS);
  const effect = shadow.tryUpdate(update);
  shadow.destroy();
  if (!effect.ok) throw new Error(effect.reason);
  return effect.changes;
}
const byKey = (changes: readonly EntryChange[]) => [...changes].sort((a, b) => `${a.map}/${a.key}`.localeCompare(`${b.map}/${b.key}`));
const itemOf = (doc: Y.Doc, key: string): RawId => {
  const item = (doc.getMap('notes') as unknown as { _map: Map<string, Y.Item> })._map.get(key)!;
  return { client: item.id.client, clock: item.id.clock + item.length - 1 };
};

describe('readCertainChanges', () => {
  it('reads a deleted struct over a note as that note’s removal, with no try', () => {
    const server = new Y.Doc();
    server.getMap('notes').set('a', note('a', 0));
    const wipe = encodeRawUpdate([{ client: newClientId(), clock: 0, structs: [{ origin: itemOf(server, 'a'), deleted: 1 }] }]);
    expect(certainOf(server, wipe)).toEqual([{ map: 'notes', key: 'a', before: note('a', 0), after: undefined }]);
    expect(trueChanges(server, wipe)).toEqual([{ map: 'notes', key: 'a', before: note('a', 0), after: undefined }]);
  });

  it('leaves to the try what Yjs must order: an origin inside a history, a right origin, two items on one origin', () => {
    const server = new Y.Doc();
    const other = new Y.Doc();
    server.getMap('notes').set('a', note('a', 0));
    const first = itemOf(server, 'a');
    server.getMap('notes').set('a', note('a', 1));
    const client = newClientId();
    expect(certainOf(server, encodeRawUpdate([{ client, clock: 0, structs: [{ origin: first, deleted: 1 }] }]))).toBeNull();
    expect(certainOf(server, encodeRawUpdate([{ client, clock: 0, structs: [{ rightOrigin: itemOf(server, 'a'), deleted: 1 }] }]))).toBeNull();
    const tip = itemOf(server, 'a');
    expect(certainOf(server, encodeRawUpdate([{ client, clock: 0, structs: [{ origin: tip, deleted: 1 }, { origin: tip, any: [note('a', 2)] }] }]))).toBeNull();
    other.destroy();
  });

  it('agrees with Yjs whenever it is sure, over random offline edits of three people', () => {
    const random = prng(20261202);
    let sure = 0;
    for (let round = 0; round < 150; round++) {
      const server = new Y.Doc();
      const people = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
      const keys = ['a', 'b', 'c', 'd'];
      for (let step = 0; step < 12; step++) {
        const who = people[Math.floor(random() * 3)]!;
        const key = keys[Math.floor(random() * keys.length)]!;
        const roll = random();
        // sometimes a person catches up with the server first, sometimes they stay offline
        if (random() < 0.5) Y.applyUpdate(who, Y.encodeStateAsUpdate(server, Y.encodeStateVector(who)));
        const before = Y.encodeStateVector(who);
        if (roll < 0.6) who.getMap('notes').set(key, note(key, step));
        else if (roll < 0.8) who.getMap('notes').delete(key);
        else who.transact(() => {
          who.getMap('notes').set(key, note(key, step));
          who.getMap('notes').delete(key);
        });
        const update = random() < 0.5 ? Y.encodeStateAsUpdate(who, before) : Y.encodeStateAsUpdate(who, Y.encodeStateVector(server));
        const certain = certainOf(server, update);
        if (Y.encodeStateVector(server).length > 0 && certain !== null) {
          let truth: EntryChange[];
          try {
            truth = trueChanges(server, update);
          } catch {
            continue; // depends on changes the server lacks: refused either way
          }
          sure++;
          expect(byKey(certain)).toEqual(byKey(truth));
        }
        try {
          Y.applyUpdate(server, update);
        } catch {
          // malformed for this server: skipped
        }
      }
    }
    expect(sure).toBeGreaterThan(300);
  });
});
