import * as Y from 'yjs';
import type { EntryChange } from '@essaim/shared';

type Struct = Y.Item | Y.GC | Y.Skip;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

interface Slot {
  map: string;
  key: string;
  /** the value after the update: its newest item's, undefined once deleted */
  after: unknown;
  /** the newest item of this update on that key, if any */
  tip: Y.Item | null;
}

/**
 * The entries an update changes, when Yjs has no choice to make: each new item extends its key's
 * newest item (the document's, or the one before it in this update) or starts a key that has no
 * history, and names no right origin — so nothing is ordered among siblings and the key's value is
 * that of its last item. Returns null for any other shape (concurrent writes, items placed inside
 * a history, gaps): those are tried on the shadow copy. Used to refuse what is certainly refused
 * without a try, since a refused try costs a rebuild of the copy.
 */
export function readCertainChanges(doc: Y.Doc, structs: readonly Struct[], ds: DeleteSet, roots: ReadonlySet<string>): EntryChange[] | null {
  const nameOf = new Map<Y.AbstractType<any>, string>();
  for (const [name, type] of doc.share) nameOf.set(type, name);
  const slots = new Map<string, Slot>();
  /** `client:clock` of each key's newest new item → the key */
  const tips = new Map<string, string>();
  const idKey = (client: number, clock: number): string => `${client}:${clock}`;

  const slotAfterDocItem = (origin: Y.ID): string | null => {
    if (Y.getState(doc.store, origin.client) <= origin.clock) return null;
    const item = Y.getItem(doc.store, origin);
    if (!(item instanceof Y.Item) || item.parentSub === null || item.right !== null) return null;
    if (origin.clock !== item.id.clock + item.length - 1) return null;
    const map = nameOf.get(item.parent as Y.AbstractType<any>);
    if (map === undefined || !roots.has(map)) return null;
    const id = `${map}\u0000${item.parentSub}`;
    if (slots.has(id)) return null; // a second item on this key, not after the first: siblings
    slots.set(id, { map, key: item.parentSub, after: undefined, tip: null });
    return id;
  };

  const nextClock = new Map<number, number>();
  for (const struct of structs) {
    const expected = nextClock.get(struct.id.client) ?? Y.getState(doc.store, struct.id.client);
    if (struct.id.clock + struct.length <= expected) continue;
    // overlapping what is known, or after a gap: Yjs would split or wait
    if (struct.id.clock !== expected) return null;
    nextClock.set(struct.id.client, expected + struct.length);
    if (struct instanceof Y.GC) continue;
    if (!(struct instanceof Y.Item) || struct.rightOrigin !== null) return null;
    let id: string | null;
    if (struct.origin) {
      const fromTip = tips.get(idKey(struct.origin.client, struct.origin.clock));
      if (fromTip !== undefined) tips.delete(idKey(struct.origin.client, struct.origin.clock));
      id = fromTip ?? slotAfterDocItem(struct.origin);
    } else {
      const map = struct.parent;
      if (typeof map !== 'string' || struct.parentSub === null || !roots.has(map)) return null;
      if ((doc.share.get(map)?._map.has(struct.parentSub) ?? false) || slots.has(`${map}\u0000${struct.parentSub}`)) return null;
      id = `${map}\u0000${struct.parentSub}`;
      slots.set(id, { map, key: struct.parentSub, after: undefined, tip: null });
    }
    if (id === null) return null;
    const slot = slots.get(id)!;
    if (struct.content instanceof Y.ContentDeleted) slot.after = undefined;
    else if (struct.content instanceof Y.ContentAny && struct.length === 1) slot.after = struct.content.arr[0];
    else return null;
    slot.tip = struct;
    tips.set(idKey(struct.id.client, struct.id.clock + struct.length - 1), id);
  }

  for (const slot of slots.values()) if (slot.tip && Y.isDeleted(ds, slot.tip.id)) slot.after = undefined;
  // Deletions of the document's live items: in a flat board, the current values of their keys.
  for (const [client, ranges] of ds.clients) {
    const clientStructs = doc.store.clients.get(client);
    if (!clientStructs) continue;
    for (const { clock, len } of ranges) {
      const end = Math.min(clock + len, Y.getState(doc.store, client));
      for (let i = clock < end ? Y.findIndexSS(clientStructs, clock) : clientStructs.length; i < clientStructs.length; i++) {
        const item = clientStructs[i]!;
        if (item.id.clock >= end) break;
        if (!(item instanceof Y.Item) || item.deleted) continue;
        const map = nameOf.get(item.parent as Y.AbstractType<any>);
        if (map === undefined || item.parentSub === null || !roots.has(map)) return null;
        const id = `${map}\u0000${item.parentSub}`;
        // a key this update also writes: its new items follow (and delete) this one anyway
        if (!slots.has(id)) slots.set(id, { map, key: item.parentSub, after: undefined, tip: null });
      }
    }
  }

  const changes: EntryChange[] = [];
  for (const { map, key, after } of slots.values()) {
    const before = currentValue(doc.share.get(map), key);
    // the same plain value written again changes nothing (as the shadow sees it)
    if (before !== after) changes.push({ map, key, before, after });
  }
  return changes;
}

/** A root map's value for a key, read from its items (the root may not have been typed as a map yet). */
function currentValue(type: Y.AbstractType<any> | undefined, key: string): unknown {
  const item = type?._map.get(key);
  return item && !item.deleted ? item.content.getContent()[item.length - 1] : undefined;
}
