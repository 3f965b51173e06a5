import type * as Y from 'yjs';
import { BOARD_MAP_NAMES } from '../schema/boardMaps.js';
import type { EntryChange } from './ShadowDoc.js';

/** Read access to a board's root maps, whatever holds them (a `Y.Doc`, a test's plain objects). */
export interface BoardReader {
  get(map: string, key: string): unknown;
  entries(map: string): Iterable<[string, unknown]>;
}

export const EMPTY_BOARD: BoardReader = { get: () => undefined, entries: () => [] };

export function docReader(doc: Y.Doc): BoardReader {
  const known = new Set<string>(Object.values(BOARD_MAP_NAMES));
  return {
    get: (map, key) => (known.has(map) ? doc.getMap(map).get(key) : undefined),
    entries: (map) => (known.has(map) ? doc.getMap(map).entries() : []),
  };
}

/** The board as it would be once `changes` are applied on top of `board`. */
export function boardAfter(board: BoardReader, changes: readonly EntryChange[]): BoardReader {
  const changed = new Map<string, Map<string, unknown>>();
  for (const { map, key, after } of changes) {
    if (!changed.has(map)) changed.set(map, new Map());
    changed.get(map)!.set(key, after);
  }
  return {
    get: (map, key) => {
      const mine = changed.get(map);
      return mine?.has(key) ? mine.get(key) : board.get(map, key);
    },
    *entries(map) {
      const mine = changed.get(map);
      for (const [key, value] of board.entries(map)) if (!mine?.has(key)) yield [key, value];
      for (const [key, value] of mine ?? []) if (value !== undefined) yield [key, value];
    },
  };
}
