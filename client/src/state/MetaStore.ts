import { boardMaps } from '@essaim/shared';
import type * as Y from 'yjs';
import { Listeners } from './Listeners';

/**
 * One key of the board's `meta` (the rules, the categories…), read through its parser; the
 * snapshot changes identity only when the value read differs, so an unrelated `meta` write
 * re-renders nothing.
 */
export class MetaStore<T> {
  private snapshot: T;
  private readonly listeners = new Listeners();
  private readonly meta: Y.Map<unknown>;

  constructor(
    doc: Y.Doc,
    private readonly key: string,
    private readonly parse: (value: unknown) => T,
    private readonly same: (a: T, b: T) => boolean,
  ) {
    this.meta = boardMaps(doc).meta;
    this.snapshot = parse(this.meta.get(key));
    this.meta.observe(this.onChange);
  }

  readonly get = (): T => this.snapshot;

  readonly subscribe = this.listeners.subscribe;

  destroy(): void {
    this.meta.unobserve(this.onChange);
    this.listeners.clear();
  }

  private readonly onChange = (event: Y.YMapEvent<unknown>): void => {
    if (!event.keysChanged.has(this.key)) return;
    const next = this.parse(this.meta.get(this.key));
    if (this.same(next, this.snapshot)) return;
    this.snapshot = next;
    this.listeners.notify();
  };
}
