import type * as Y from 'yjs';
import { withoutUndefined, type EntryType } from '../schema/EntryType.js';

/**
 * Replaces each listed entry of a keyed map with `apply(current, patch)`, read through its type
 * so what is written is well formed; unknown or unreadable entries are skipped. The caller runs
 * it inside its transaction. Returns how many entries changed.
 */
export function patchEntries<T extends object, P>(
  map: Y.Map<T>,
  type: Pick<EntryType<T>, 'parse'>,
  patches: ReadonlyMap<string, P>,
  apply: (current: T, patch: P) => T,
): number {
  let changed = 0;
  for (const [id, patch] of patches) {
    const current = type.parse(map.get(id));
    if (!current) continue;
    const next = type.parse(withoutUndefined(apply(current, patch)));
    if (!next) continue;
    map.set(id, next);
    changed++;
  }
  return changed;
}

/** Deletes the listed keys of a map (inside the caller's transaction); returns how many existed. */
export function deleteEntries<T>(map: Y.Map<T>, ids: Iterable<string>): number {
  let removed = 0;
  for (const id of ids) {
    if (!map.has(id)) continue;
    map.delete(id);
    removed++;
  }
  return removed;
}
