import * as Y from 'yjs';
import { BOARD_MAP_NAMES } from '../schema/boardMaps.js';

/** What an update would do to one entry of a root map: its value before and after (undefined: absent). */
export interface EntryChange {
  map: string;
  key: string;
  before: unknown;
  after: unknown;
}

export type EntryChangesResult = { ok: true; changes: EntryChange[] } | { ok: false; reason: string };

interface Place {
  map: string;
  key: string;
}

const BOARD_ROOTS: ReadonlySet<string> = new Set<string>(Object.values(BOARD_MAP_NAMES));

function refuse(reason: string): EntryChangesResult {
  return { ok: false, reason };
}

/** Where an item lives: a root map entry, `void` for garbage-collected placeholders (Yjs turns
 * anything attached to one into a placeholder too), `invalid` for anything else. */
type Resolved = Place | 'void' | 'invalid' | 'missing';

function placeOfDocItem(doc: Y.Doc, id: Y.ID, roots: ReadonlySet<string>): Resolved {
  if (Y.getState(doc.store, id.client) <= id.clock) return 'missing';
  const struct = Y.getItem(doc.store, id);
  if (!(struct instanceof Y.Item)) return 'void';
  const parent = struct.parent as Y.AbstractType<unknown> | null;
  if (!parent || parent._item !== null || struct.parentSub === null) return 'invalid';
  const map = Y.findRootTypeKey(parent);
  return roots.has(map) ? { map, key: struct.parentSub } : 'invalid';
}

/**
 * Reads, without applying it, what a Yjs update from a client would change in a board made of
 * flat root maps of JSON entries. Anything else — nested types, text or array content, entries
 * of maps not in `roots`, structs that depend on changes the server has not seen — is refused, so the
 * caller can check every change against the sender's rights before the document is touched.
 */
export function readEntryChanges(doc: Y.Doc, update: Uint8Array, roots: ReadonlySet<string> = BOARD_ROOTS): EntryChangesResult {
  const { structs, ds } = Y.decodeUpdate(update);
  // New structs by client, in clock order: one struct (e.g. merged deleted content) may span several clocks.
  const newPlaces = new Map<number, { clock: number; length: number; place: Resolved }[]>();
  const rememberNew = (struct: { id: Y.ID; length: number }, place: Resolved): void => {
    const list = newPlaces.get(struct.id.client) ?? [];
    list.push({ clock: struct.id.clock, length: struct.length, place });
    newPlaces.set(struct.id.client, list);
  };
  // Origins almost always point at the struct just before: search from the end.
  const lookupNew = (id: Y.ID): Resolved | undefined =>
    newPlaces.get(id.client)?.findLast((s) => s.clock <= id.clock && id.clock < s.clock + s.length)?.place;
  const afterByPlace = new Map<string, { place: Place; value: unknown }>();
  const nextClock = new Map<number, number>();
  const placeKey = (p: Place): string => `${p.map}\u0000${p.key}`;

  const placeOfNewItem = (item: Y.Item): Resolved => {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return roots.has(parent) && item.parentSub !== null ? { map: parent, key: item.parentSub } : 'invalid';
    if (parent !== null) return 'invalid'; // child of a nested type
    const ref = item.origin ?? item.rightOrigin;
    if (!ref) return 'invalid';
    return lookupNew(ref) ?? placeOfDocItem(doc, ref, roots);
  };

  for (const struct of structs) {
    const { client, clock } = struct.id;
    const known = nextClock.get(client) ?? Y.getState(doc.store, client);
    if (clock > known) return refuse('update depends on changes the server has not received');
    nextClock.set(client, Math.max(known, clock + struct.length));
    if (clock + struct.length <= known) continue; // already integrated: Yjs will skip it
    if (struct instanceof Y.Skip) return refuse('update has gaps');
    if (struct instanceof Y.GC) {
      rememberNew(struct, 'void');
      continue;
    }
    const item = struct as Y.Item;
    const place = placeOfNewItem(item);
    if (place === 'missing') return refuse('update depends on changes the server has not received');
    if (item.content instanceof Y.ContentDeleted) {
      // Content deleted before it was sent: it shows nothing, but later items may hang off it.
      rememberNew(item, place === 'invalid' ? 'void' : place);
      continue;
    }
    if (place === 'void') continue;
    if (place === 'invalid') return refuse('only entries of the board maps may be written');
    if (!(item.content instanceof Y.ContentAny) || item.content.arr.length !== 1 || item.length !== 1) {
      return refuse('only plain JSON entries of the board maps may be written');
    }
    rememberNew(item, place);
    // An entry set and overwritten (or removed) within the same update leaves no value of its own.
    if (!Y.isDeleted(ds, item.id)) afterByPlace.set(placeKey(place), { place, value: item.content.arr[0] });
  }

  const deletedPlaces = new Map<string, Place>();
  for (const [client, ranges] of ds.clients) {
    const clientStructs = doc.store.clients.get(client);
    const knownAfter = nextClock.get(client) ?? Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      // Yjs would keep such deletes pending forever, and merge them into every later sync answer.
      if (clock + len > knownAfter) return refuse('update deletes changes the server has not received');
      if (!clientStructs) continue; // deletes of structs in this update: no visible effect
      const end = Math.min(clock + len, Y.getState(doc.store, client));
      if (clock >= end) continue;
      for (let i = Y.findIndexSS(clientStructs, clock); i < clientStructs.length; i++) {
        const struct = clientStructs[i]!;
        if (struct.id.clock >= end) break;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const place = placeOfDocItem(doc, struct.id, roots);
        if (typeof place === 'string') return refuse('only entries of the board maps may be deleted');
        deletedPlaces.set(placeKey(place), place);
      }
    }
  }

  const changes: EntryChange[] = [];
  const touched = new Map<string, Place>([...deletedPlaces, ...[...afterByPlace].map(([k, v]) => [k, v.place] as const)]);
  for (const [key, place] of touched) {
    const before = doc.getMap(place.map).get(place.key);
    const after = afterByPlace.get(key)?.value;
    changes.push({ map: place.map, key: place.key, before, after });
  }
  return { ok: true, changes };
}
