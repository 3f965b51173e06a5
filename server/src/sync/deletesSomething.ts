import * as Y from 'yjs';

/**
 * Whether a delete set (sorted, disjoint ranges: `scanUpdate` checked) would delete any item of
 * `doc` that is not deleted yet, or names changes the document does not have. Linear in the
 * ranges and the structs they cover.
 */
export function deletesSomething(doc: Y.Doc, ds: ReturnType<typeof Y.decodeUpdate>["ds"]): boolean {
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client);
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      if (clock + len > known) return true;
      if (!structs) continue;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!;
        if (struct.id.clock >= clock + len) break;
        if (struct instanceof Y.Item && !struct.deleted) return true;
      }
    }
  }
  return false;
}

