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

/**
 * Whether a delete set names clocks neither the document nor the update's own structs reach:
 * Yjs would keep it pending (and build it at length) before the update is refused anyway.
 */
export function deletesUnknown(doc: Y.Doc, ds: ReturnType<typeof Y.decodeUpdate>['ds'], structs: readonly { id: Y.ID; length: number }[]): boolean {
  const reach = new Map<number, number>();
  for (const s of structs) reach.set(s.id.client, Math.max(reach.get(s.id.client) ?? 0, s.id.clock + s.length));
  for (const [client, ranges] of ds.clients) {
    const known = Math.max(Y.getState(doc.store, client), reach.get(client) ?? 0);
    const last = ranges[ranges.length - 1];
    if (last && last.clock + last.len > known) return true;
  }
  return false;
}
