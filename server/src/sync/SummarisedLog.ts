import type { FastifyBaseLogger } from 'fastify';

/** One warning per person and kind in this window; the ones in between are counted. */
const WINDOW_MS = 10_000;
/** People remembered at most: past that the oldest are forgotten (their next warning is logged again). */
const MAX_KEYS = 10_000;

/**
 * Warnings about one person's sockets, summarised: the first of a kind is logged, repeats in the
 * next ten seconds are only counted, and the next one after that says how many were left out.
 * A client that reconnects in a loop to send refused frames cannot fill the disk with logs.
 */
export class SummarisedLog {
  private readonly last = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly window = WINDOW_MS,
  ) {}

  warn(log: FastifyBaseLogger, who: string, context: Record<string, unknown>, msg: string): void {
    const key = `${who}\u0000${msg}`;
    const now = this.now();
    const seen = this.last.get(key);
    if (seen && now - seen.at < this.window) {
      seen.suppressed++;
      return;
    }
    this.last.delete(key);
    if (this.last.size >= MAX_KEYS) this.last.delete(this.last.keys().next().value as string);
    this.last.set(key, { at: now, suppressed: 0 });
    log.warn(seen?.suppressed ? { ...context, suppressed: seen.suppressed } : context, msg);
  }
}
