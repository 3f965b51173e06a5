import * as Y from 'yjs';

/**
 * Steps Yjs may take placing the new items of one update among the items of their keys. An
 * item whose origin is not the last of its key is placed by walking the items after it (YATA's
 * conflict resolution), so many items on one key of a long history cost the product of both.
 */
export const MAX_PLACEMENT_STEPS = 20_000;
/** New items naming one origin: concurrent writers of one entry, a handful in any real workshop. */
export const MAX_SIBLINGS = 64;
/** Origins pointing inside a run of merged structs: each one splits that run, which moves the client's struct array. */
export const MAX_SPLITS = 256;

type Struct = Y.Item | Y.GC | Y.Skip;

/** What placing one key's new items costs. */
interface KeyWork {
  added: number;
  branching: number;
  walk: number;
  tip: { client: number; clock: number } | null;
}

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
  /** per key: new items, those not simply extending the key's newest item, and the longest walk among the document's items */
  const perKey = new Map<Y.AbstractType<any> | string, Map<string, KeyWork>>();
  const siblings = new Map<string, number>();
  const walkAfter = new Map<Y.Item, number>();
  let splits = 0;
  let walked = 0;

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
  const docItem = (id: Y.ID, edge: 'end' | 'start'): Y.Item | null => {
    if (Y.getState(doc.store, id.client) <= id.clock) return null;
    const item = Y.getItem(doc.store, id);
    const clean = edge === 'end' ? id.clock === item.id.clock + item.length - 1 : id.clock === item.id.clock;
    if (!clean) splits++;
    return item instanceof Y.Item && item.parentSub !== null && item.parent ? item : null;
  };
  const slotOfItem = (item: Y.Item): Slot => ({ map: item.parent as Y.AbstractType<any>, key: item.parentSub! });
  /** document items after `item` in its key's history: where YATA starts walking for an item placed after it */
  const itemsAfter = (item: Y.Item): number => {
    let n = walkAfter.get(item);
    if (n !== undefined) return n;
    n = 0;
    for (let next = item.right; next !== null && walked <= MAX_PLACEMENT_STEPS; next = next.right) n++, walked++;
    walkAfter.set(item, n);
    return n;
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
    let walk = 0;
    const newOrigin = origin ? newSlot(origin) : undefined;
    const originItem = origin && newOrigin === undefined ? docItem(origin, 'end') : null;
    if (newOrigin !== undefined) entry.slot = newOrigin;
    else if (originItem) {
      entry.slot = slotOfItem(originItem);
      walk = itemsAfter(originItem);
    } else {
      // no origin: YATA walks the key's history from its first item
      const newRight = rightOrigin ? newSlot(rightOrigin) : undefined;
      const rightItem = rightOrigin && newRight === undefined ? docItem(rightOrigin, 'start') : null;
      entry.slot =
        newRight ?? (rightItem ? slotOfItem(rightItem) : typeof struct.parent === 'string' && struct.parentSub ? { map: doc.share.get(struct.parent) ?? struct.parent, key: struct.parentSub } : null);
      if (entry.slot) walk = historyLength(entry.slot, MAX_PLACEMENT_STEPS - walked);
      walked += walk;
    }
    if (splits > MAX_SPLITS) return `more than ${MAX_SPLITS} origins inside merged structs`;
    if (walked > MAX_PLACEMENT_STEPS) return 'update would take too long to place';
    if (!entry.slot) continue;
    const keys = perKey.get(entry.slot.map) ?? new Map<string, KeyWork>();
    perKey.set(entry.slot.map, keys);
    const key = keys.get(entry.slot.key) ?? { added: 0, branching: 0, walk: 0, tip: null };
    keys.set(entry.slot.key, key);
    // An item after the key's newest item (its own previous write, or the document's last) is placed at once.
    const extendsTip = key.tip ? origin !== null && origin.client === key.tip.client && origin.clock === key.tip.clock : originItem !== null && walk === 0;
    key.added++;
    if (!extendsTip) key.branching++;
    key.walk = Math.max(key.walk, walk);
    key.tip = { client: struct.id.client, clock: struct.id.clock + struct.length - 1 };
  }

  // A branching item walks at most the document items after its origin plus the key's other new items.
  let steps = 0;
  for (const keys of perKey.values()) {
    for (const { added, branching, walk } of keys.values()) {
      steps += added + branching * (walk + added);
      if (steps > MAX_PLACEMENT_STEPS) return 'update would take too long to place';
    }
  }
  return null;
}

/** Items (live or deleted) in one key's history, counted up to `cap`. */
function historyLength(slot: Slot, cap: number): number {
  if (typeof slot.map === 'string') return 0;
  let n = 0;
  for (let item = slot.map._map.get(slot.key) ?? null; item !== null && n < cap; item = item.left) n++;
  return n;
}
