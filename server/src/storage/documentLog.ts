import * as Y from 'yjs';
import type { Storage } from './Storage.js';

/**
 * Snapshots of boards with many tombstones are stored in Yjs's v2 encoding, behind this marker.
 * Each overwrite of a note leaves a tombstone that v1 spends ~9 bytes on, so a v1 snapshot grows
 * with every move ever made; v2 run-length encodes them and stays the size of the board.
 * Snapshots without the marker are v1. A v1 update starting with these bytes would need 8,959
 * clients and a client id of 50: it does not happen.
 */
const V2_MARKER = new Uint8Array([0xff, 0x45, 0x53, 0x32]);

/**
 * While a board has at most this many tombstones per live entry, v1 costs at most ~18 bytes
 * more per note (a few percent) and is kept: a v1 snapshot is, as stored, the sync answer to a
 * client that has nothing, so the first opening after a load sends it without re-encoding.
 */
const V1_MAX_TOMBSTONES_PER_ENTRY = 2;

export function encodeSnapshot(doc: Y.Doc): Uint8Array {
  if (fewTombstones(doc)) return Y.encodeStateAsUpdate(doc);
  const body = Y.encodeStateAsUpdateV2(doc);
  const snapshot = new Uint8Array(V2_MARKER.length + body.length);
  snapshot.set(V2_MARKER);
  snapshot.set(body, V2_MARKER.length);
  return snapshot;
}

/** Counts items, not clocks: v1 writes each deleted item (~9 bytes) but a GC run in a few. */
function fewTombstones(doc: Y.Doc): boolean {
  let live = 0;
  let deleted = 0;
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      if (struct.deleted) deleted++;
      else live++;
    }
  }
  return deleted <= V1_MAX_TOMBSTONES_PER_ENTRY * live;
}

const isV2 = (snapshot: Uint8Array): boolean => V2_MARKER.every((byte, i) => snapshot[i] === byte);

export interface LoadedDoc {
  doc: Y.Doc;
  lastSeq: number;
  logLength: number;
  /** bytes of the stored snapshot and log (the room's size estimate starts from them, `BoardSize`) */
  storedBytes: number;
  /** the whole document as one v1 update, when storage holds exactly that (a v1 snapshot, no log) */
  wholeState: Uint8Array | null;
}

/** The Yjs side of storage, once for every backend: rebuild a document from its log, compact it. */
export async function loadYDoc(storage: Storage, name: string): Promise<LoadedDoc> {
  const { snapshot, updates, lastSeq } = await storage.loadDocument(name);
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    if (snapshot && isV2(snapshot)) Y.applyUpdateV2(doc, snapshot.subarray(V2_MARKER.length));
    else if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  const storedBytes = updates.reduce((sum, u) => sum + u.byteLength, snapshot?.byteLength ?? 0);
  const wholeState = snapshot && !isV2(snapshot) && updates.length === 0 ? snapshot : null;
  return { doc, lastSeq, logLength: updates.length, storedBytes, wholeState };
}

/** Writes the in-memory document as the new snapshot, replacing the updates up to `upToSeq`.
 * The snapshot is encoded from the document, never by merging raw client bytes. */
export async function compactYDoc(storage: Storage, name: string, doc: Y.Doc, upToSeq: number): Promise<number> {
  const snapshot = encodeSnapshot(doc);
  await storage.replaceWithSnapshot(name, snapshot, upToSeq);
  return snapshot.byteLength;
}
