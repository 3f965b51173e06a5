/** A token bucket: `perSecond` refills, up to `burst` saved. A rate of 0 disables the limit. */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Spends `count` tokens; false when the bucket holds fewer (the caller refuses the message). */
  take(count = 1): boolean {
    if (!this.available(count)) return false;
    if (this.perSecond !== 0) this.tokens -= count;
    return true;
  }

  /** Spends `count` tokens whatever is left: work already done, paid for by the next ones to ask. */
  spend(count: number): void {
    if (this.available(0)) this.tokens -= count;
  }

  /** Whether `count` tokens could be spent now, without spending them. */
  available(count = 1): boolean {
    if (this.perSecond === 0) return true;
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    return this.tokens >= count;
  }
}

/** Per-connection message rates (`Config`'s `sync*` fields). */
export interface SyncRates {
  syncUpdatesPerSecond: number;
  syncUpdatesBurst: number;
  syncAwarenessPerSecond: number;
  syncAwarenessBurst: number;
}
