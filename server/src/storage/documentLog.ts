import * as Y from 'yjs';
import type { Storage } from './Storage.js';

/**
 * Snapshots are stored in Yjs's v2 encoding, behind this marker. Each overwrite of a note leaves
 * a tombstone that v1 spends ~9 bytes on, so a v1 snapshot grows with every move ever made; v2
 * run-length encodes them and stays the size of the board. Snapshots without the marker are v1
 * (written by earlier versions). A v1 update starting with these bytes would need 8,959 clients
 * and a client id of 50: it does not happen.
 */
const V2_MARKER = new Uint8Array([0xff, 0x45, 0x53, 0x32]);

export function encodeSnapshot(doc: Y.Doc): Uint8Array {
  const body = Y.encodeStateAsUpdateV2(doc);
  const snapshot = new Uint8Array(V2_MARKER.length + body.length);
  snapshot.set(V2_MARKER);
  snapshot.set(body, V2_MARKER.length);
  return snapshot;
}

function applySnapshot(doc: Y.Doc, snapshot: Uint8Array): void {
  const isV2 = V2_MARKER.every((byte, i) => snapshot[i] === byte);
  if (isV2) Y.applyUpdateV2(doc, snapshot.subarray(V2_MARKER.length));
  else Y.applyUpdate(doc, snapshot);
}

/** The Yjs side of storage, once for every backend: rebuild a document from its log, compact it. */
export async function loadYDoc(
  storage: Storage,
  name: string,
): Promise<{ doc: Y.Doc; lastSeq: number; logLength: number; storedBytes: number }> {
  const stored = await storage.loadDocument(name);
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    if (stored.snapshot) applySnapshot(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  // What was stored, not re-encoded: the room's size estimate starts from it (`BoardSize`).
  const storedBytes = stored.updates.reduce((sum, u) => sum + u.byteLength, stored.snapshot?.byteLength ?? 0);
  return { doc, lastSeq: stored.lastSeq, logLength: stored.updates.length, storedBytes };
}

/** Writes the in-memory document as the new snapshot, replacing the updates up to `upToSeq`.
 * The snapshot is encoded from the document, never by merging raw client bytes. */
export async function compactYDoc(storage: Storage, name: string, doc: Y.Doc, upToSeq: number): Promise<number> {
  const snapshot = encodeSnapshot(doc);
  await storage.replaceWithSnapshot(name, snapshot, upToSeq);
  return snapshot.byteLength;
}
