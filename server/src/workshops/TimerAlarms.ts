import type { TimerView } from '@essaim/shared';

/** While a timer is paused (or to see one given less time), how often its end is looked for again. */
export const RECHECK_MS = 5000;
/** Past `endsAt`, a little slack so the timer reads as done everywhere. */
const END_SLACK_MS = 100;

/**
 * When to look again at these rooms' timers: in ms while any still counts down (at its end, every
 * 5 s at most, so time taken off is seen), `ended` when none counts and one has reached zero, `stopped`
 * when none runs at all.
 */
export function untilTimersEnd(views: readonly TimerView[], now: number): number | 'ended' | 'stopped' {
  const counting = views.filter((v) => v.running && !v.done);
  if (counting.length > 0) return Math.min(RECHECK_MS, ...counting.map((v) => (v.paused || v.endsAt === null ? RECHECK_MS : Math.max(0, v.endsAt - now) + END_SLACK_MS)));
  return views.some((v) => v.done) ? 'ended' : 'stopped';
}

/**
 * Alarms by key (a room's ideas step, a timed vote round) that look at something when they ring and
 * say when to look again (ms) or not (null). While a look runs the key counts as armed, so a workshop
 * loading meanwhile sets no second alarm; arming the key again then replaces what that look would set.
 * The one thing such a service keeps in memory: after a restart, whoever owns the alarms sets them
 * again when the workshop loads (`armIfUnarmed`, which a look loading the workshop cannot loop on).
 */
export class TimerAlarms {
  private readonly alarms = new Map<string, NodeJS.Timeout | 'looking'>();
  private closed = false;

  constructor(private readonly onError: (key: string, err: unknown) => void) {}

  arm(key: string, look: () => Promise<number | null>, delay = 0): void {
    if (this.closed) return;
    this.disarm(key);
    this.alarms.set(key, setTimeout(() => void this.ring(key, look), delay).unref());
  }

  armIfUnarmed(key: string, look: () => Promise<number | null>, delay = 0): void {
    if (!this.alarms.has(key)) this.arm(key, look, delay);
  }

  disarm(key: string): void {
    const alarm = this.alarms.get(key);
    if (alarm !== undefined && alarm !== 'looking') clearTimeout(alarm);
    this.alarms.delete(key);
  }

  /** Stops every alarm (the server is closing). */
  close(): void {
    this.closed = true;
    for (const alarm of this.alarms.values()) if (alarm !== 'looking') clearTimeout(alarm);
    this.alarms.clear();
  }

  private async ring(key: string, look: () => Promise<number | null>): Promise<void> {
    this.alarms.set(key, 'looking');
    let again: number | null = null;
    try {
      again = await look();
    } catch (err) {
      if (!this.closed) this.onError(key, err);
    } finally {
      if (this.alarms.get(key) === 'looking') {
        this.alarms.delete(key);
        if (again !== null) this.arm(key, look, again);
      }
    }
  }
}
