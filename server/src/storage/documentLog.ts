import * as Y from 'yjs';
import type { Storage } from './Storage.js';

/** The Yjs side of storage, once for every backend: rebuild a document from its log, compact it. */
export async function loadYDoc(storage: Storage, name: string): Promise<{ doc: Y.Doc; lastSeq: number; logLength: number }> {
  const stored = await storage.loadDocument(name);
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return { doc, lastSeq: stored.lastSeq, logLength: stored.updates.length };
}

/** Writes the in-memory document as the new snapshot, replacing the updates up to `upToSeq`.
 * The snapshot is encoded from the document, never by merging raw client bytes. */
export async function compactYDoc(storage: Storage, name: string, doc: Y.Doc, upToSeq: number): Promise<void> {
  await storage.replaceWithSnapshot(name, Y.encodeStateAsUpdate(doc), upToSeq);
}
