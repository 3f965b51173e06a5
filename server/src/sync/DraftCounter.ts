import type { DraftsDocRef } from '@essaim/shared';

/** A burst of keystrokes in one's drafts is one count written, this long after its first change. */
export const DRAFT_COUNT_DELAY_MS = 200;

interface Pending {
  ref: DraftsDocRef;
  /** the drafts the document holds now */
  count: number;
  timer: NodeJS.Timeout | null;
}

/**
 * How many drafts each drafts document holds, written into the workshop document (`draftCounts`)
 * at most once per `DRAFT_COUNT_DELAY_MS` per document: the first change of a burst starts the
 * wait, later ones only update the count, and the write reads the count as it is then, so the
 * last value is never lost. `write` is given a reader of the current count, called inside its change.
 */
export class DraftCounter {
  private readonly pending = new Map<string, Pending>();
  private readonly writing = new Set<Promise<void>>();

  constructor(
    private readonly write: (ref: DraftsDocRef, count: () => number) => Promise<void>,
    private readonly onError: (err: unknown, docName: string) => void,
    private readonly delayMs = DRAFT_COUNT_DELAY_MS,
  ) {}

  /** The document `docName` now holds `count` drafts. */
  changed(docName: string, ref: DraftsDocRef, count: number): void {
    const entry = this.pending.get(docName);
    if (entry) {
      entry.count = count;
      if (entry.timer) return;
    }
    const next = entry ?? { ref, count, timer: null };
    next.timer = setTimeout(() => this.flush(docName), this.delayMs);
    next.timer.unref();
    this.pending.set(docName, next);
  }

  /** Forgets what waits for `docName`: its count was written another way (« Révéler » writes `{}`). */
  settled(docName: string): void {
    const entry = this.pending.get(docName);
    if (entry?.timer) clearTimeout(entry.timer);
    this.pending.delete(docName);
  }

  /** Writes every count still waiting, now (before a shutdown). */
  async flushAll(): Promise<void> {
    for (const docName of [...this.pending.keys()]) this.flush(docName);
    await Promise.allSettled([...this.writing]);
  }

  private flush(docName: string): void {
    const entry = this.pending.get(docName);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    const done = this.write(entry.ref, () => entry.count)
      .catch((err: unknown) => this.onError(err, docName))
      .finally(() => {
        this.writing.delete(done);
        // a change during the write started its own wait; otherwise this count is written
        if (this.pending.get(docName) === entry && entry.timer === null) this.pending.delete(docName);
      });
    this.writing.add(done);
  }
}
