import { useSyncExternalStore } from 'react';
import type { EntriesStore } from './EntriesStore';

/** The entries of one keyed map of the board (zones, links, clusters…), re-rendering when it changes. */
export function useEntries<T extends { id: string }>(store: EntriesStore<T>): readonly T[] {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
