interface Window {
  count: number;
  resetAt: number;
}

/** Counts events per key in fixed windows: a key's first event opens a window of `windowMs`. */
export class WindowCounter {
  private readonly windows = new Map<string, Window>();
  private nextSweep = 0;

  constructor(readonly windowMs: number) {}

  /** The key's count in its current window, and when that window ends (ms since the epoch). */
  current(key: string, now = Date.now()): Window {
    const w = this.windows.get(key);
    return w && w.resetAt > now ? { ...w } : { count: 0, resetAt: now + this.windowMs };
  }

  add(key: string, now = Date.now()): void {
    const w = this.windows.get(key);
    if (w && w.resetAt > now) {
      w.count++;
      return;
    }
    this.sweep(now);
    this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
  }

  /** Takes back one event counted in the key's current window (nothing if that window has ended). */
  remove(key: string, now = Date.now()): void {
    const w = this.windows.get(key);
    if (w && w.resetAt > now && w.count > 0) w.count--;
  }

  /** Drops ended windows, at most once a window, so many addresses cannot make every count slow. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.windowMs;
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
