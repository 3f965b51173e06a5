import * as Y from 'yjs';

/**
 * Steps Yjs may take placing the new items of one update among the items of their keys. An
 * item whose origin is not the last of its key is placed by walking the items after it (YATA's
 * conflict resolution), so many items on one key of a long history cost the product of both.
 */
export const MAX_PLACEMENT_STEPS = 250_000;
/** New items naming one origin: concurrent writers of one entry, a handful in any real workshop. */
export const MAX_SIBLINGS = 64;
/** Origins pointing inside a run of merged structs: each one splits that run, which moves the client's struct array. */
export const MAX_SPLITS = 256;

type Struct = Y.Item | Y.GC | Y.Skip;

/** A new item's entry: root map and key. */
interface Slot {
  map: Y.AbstractType<any> | string;
  key: string;
}

/**
 * Bounds, before anything is integrated, the work Yjs would do for an update already scanned
 * (`scanUpdate`): why it is refused, or null. Linear in the update and in the histories of the
 * keys it touches, each walked once and never further than the budget.
 */
export function checkUpdateWork(doc: Y.Doc, structs: readonly Struct[]): string | null {
  const byClient = new Map<number, { clock: number; end: number; slot: Slot | null }[]>();
  const perKey = new Map<Y.AbstractType<any> | string, Map<string, number>>();
  const siblings = new Map<string, number>();
  let splits = 0;

  const newSlot = (id: Y.ID): Slot | null | undefined => {
    const list = byClient.get(id.client);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (id.clock < s.clock) hi = mid - 1;
      else if (id.clock >= s.end) lo = mid + 1;
      else return s.slot;
    }
    return undefined;
  };
  const docSlot = (id: Y.ID, edge: 'end' | 'start'): Slot | null => {
    if (Y.getState(doc.store, id.client) <= id.clock) return null;
    const item = Y.getItem(doc.store, id);
    const clean = edge === 'end' ? id.clock === item.id.clock + item.length - 1 : id.clock === item.id.clock;
    if (!clean) splits++;
    if (!(item instanceof Y.Item) || item.parentSub === null || !item.parent) return null;
    return { map: item.parent as Y.AbstractType<any>, key: item.parentSub };
  };
  const slotOf = (id: Y.ID, edge: 'end' | 'start'): Slot | null => {
    const fresh = newSlot(id);
    return fresh !== undefined ? fresh : docSlot(id, edge);
  };

  for (const struct of structs) {
    // already integrated: Yjs skips it, and lookups of its ids go to the document
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
    const list = byClient.get(struct.id.client) ?? [];
    byClient.set(struct.id.client, list);
    const entry = { clock: struct.id.clock, end: struct.id.clock + struct.length, slot: null as Slot | null };
    list.push(entry);
    if (!(struct instanceof Y.Item)) continue;
    const { origin, rightOrigin } = struct;
    if (origin) {
      const id = `${origin.client}:${origin.clock}`;
      const count = (siblings.get(id) ?? 0) + 1;
      if (count > MAX_SIBLINGS) return `more than ${MAX_SIBLINGS} items after one origin`;
      siblings.set(id, count);
    }
    const fromOrigin = origin ? slotOf(origin, 'end') : null;
    const fromRight = rightOrigin ? slotOf(rightOrigin, 'start') : null;
    if (splits > MAX_SPLITS) return `more than ${MAX_SPLITS} origins inside merged structs`;
    entry.slot = fromOrigin ?? fromRight ?? (typeof struct.parent === 'string' && struct.parentSub ? { map: doc.share.get(struct.parent) ?? struct.parent, key: struct.parentSub } : null);
    if (!entry.slot) continue;
    const keys = perKey.get(entry.slot.map) ?? new Map<string, number>();
    perKey.set(entry.slot.map, keys);
    keys.set(entry.slot.key, (keys.get(entry.slot.key) ?? 0) + 1);
  }

  let steps = 0;
  for (const [map, keys] of perKey) {
    const type = typeof map === 'string' ? doc.share.get(map) : map;
    for (const [key, added] of keys) {
      const history = type ? historyLength(type, key, MAX_PLACEMENT_STEPS) : 0;
      steps += added * (history + added);
      if (steps > MAX_PLACEMENT_STEPS) return 'update would take too long to place';
    }
  }
  return null;
}

/** Items (live or deleted) in one key's history, counted up to `cap`. */
function historyLength(type: Y.AbstractType<any>, key: string, cap: number): number {
  let n = 0;
  for (let item = type._map.get(key) ?? null; item !== null && n < cap; item = item.left) n++;
  return n;
}
