import { boardMaps, BOARD_ENTRY_TYPES, type EntryMapName, type EntryType } from '@essaim/shared';
import type * as Y from 'yjs';
import { Listeners } from './Listeners';

type EntryOf<K extends EntryMapName> = (typeof BOARD_ENTRY_TYPES)[K] extends EntryType<infer T extends { id: string }> ? T : never;

/**
 * One keyed map of the board (notes, zones, links, clusters, labels) as an immutable array that
 * changes identity only when the map changes, which is what `useSyncExternalStore` needs to skip
 * needless renders. Each entry keeps its identity until its own value changes (Yjs hands back the
 * same stored object until then), so memoised drawings of the others do not re-render and are not
 * re-validated. Malformed entries are left out, as every reader of the board does.
 */
export class EntriesStore<T extends { id: string }> {
  private snapshot: readonly T[] = [];
  private byId: ReadonlyMap<string, T> = new Map();
  private dirty = true;
  private readonly parsed = new WeakMap<object, T | null>();
  private readonly listeners = new Listeners();

  constructor(
    private readonly map: Y.Map<unknown>,
    private readonly parse: (value: unknown) => T | null,
    /** drawing order; by default the map's */
    private readonly order?: (a: T, b: T) => number,
  ) {
    this.map.observe(this.onChange);
  }

  /** The store of one of the board's keyed maps, read through its entry type. */
  static of<K extends EntryMapName>(doc: Y.Doc, name: K, order?: (a: EntryOf<K>, b: EntryOf<K>) => number): EntriesStore<EntryOf<K>> {
    const type = BOARD_ENTRY_TYPES[name] as unknown as EntryType<EntryOf<K>>;
    return new EntriesStore<EntryOf<K>>(boardMaps(doc)[name] as Y.Map<unknown>, type.parse, order);
  }

  readonly getSnapshot = (): readonly T[] => {
    if (this.dirty) {
      this.snapshot = this.read();
      this.byId = new Map(this.snapshot.map((entry) => [entry.id, entry]));
      this.dirty = false;
    }
    return this.snapshot;
  };

  /** The current entry with this id, for event handlers (not for rendering). */
  get(id: string): T | undefined {
    this.getSnapshot();
    return this.byId.get(id);
  }

  readonly subscribe = this.listeners.subscribe;

  destroy(): void {
    this.map.unobserve(this.onChange);
    this.listeners.clear();
  }

  /** The well-formed entries, re-validating only the values that changed. */
  private read(): T[] {
    const entries: T[] = [];
    for (const value of this.map.values()) {
      const stored = value as unknown;
      if (typeof stored !== 'object' || stored === null) continue; // not an entry: the parser refuses it too
      let entry = this.parsed.get(stored);
      if (entry === undefined) {
        entry = this.parse(stored);
        this.parsed.set(stored, entry);
      }
      if (entry) entries.push(entry);
    }
    return this.order ? entries.sort(this.order) : entries;
  }

  private readonly onChange = (): void => {
    this.dirty = true;
    this.listeners.notify();
  };
}
