import { AppError } from './AppError.js';
import { WindowCounter } from './WindowCounter.js';

/**
 * A facilitator's actions of one kind a minute (timer, runner, attention…): far more than a
 * workshop needs, few enough that a loop of requests costs the server little. Over it: 429 with
 * `Retry-After`.
 */
export class ActionBudget {
  private readonly counter = new WindowCounter(60_000);

  constructor(
    private readonly perMinute: number,
    /** what the 429's message calls these actions: « timer actions » */
    private readonly what: string,
  ) {}

  spend(personId: string): void {
    const now = Date.now();
    const window = this.counter.current(personId, now);
    if (window.count >= this.perMinute) {
      const seconds = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      throw new AppError('too_many_requests', `Too many ${this.what} this minute; try again in ${seconds} s.`, { 'retry-after': String(seconds) });
    }
    this.counter.add(personId, now);
  }
}
