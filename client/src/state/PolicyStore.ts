import { boardMaps, readBoardPolicy, type BoardPolicy } from '@essaim/shared';
import type * as Y from 'yjs';

/** The board's rules (lock, who edits and moves what), as set by the facilitator in `meta`. */
export class PolicyStore {
  private snapshot: BoardPolicy;
  private readonly listeners = new Set<() => void>();
  private readonly meta: Y.Map<unknown>;

  constructor(private readonly doc: Y.Doc) {
    this.meta = boardMaps(doc).meta;
    this.snapshot = readBoardPolicy(doc);
    this.meta.observe(this.onChange);
  }

  readonly get = (): BoardPolicy => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.meta.unobserve(this.onChange);
    this.listeners.clear();
  }

  private readonly onChange = (): void => {
    const next = readBoardPolicy(this.doc);
    const prev = this.snapshot;
    if (next.locked === prev.locked && next.editAll === prev.editAll && next.moveAll === prev.moveAll && next.lockedBy === prev.lockedBy) return;
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  };
}
