import { AppError } from './AppError.js';
import { addressKey } from './addressKey.js';
import { WindowCounter } from './WindowCounter.js';

export interface JoinLimits {
  /** wrong codes (or invites) per address and per minute, both join routes together; 0: no limit */
  wrongPerAddress: number;
  /** wrong codes per minute from every address together; 0: no limit */
  wrongGlobal: number;
  /** successful joins per address and per minute (a venue behind one address joins at once); 0: no limit */
  joinsPerAddress: number;
}

const MINUTE = 60_000;
const EVERYONE = '*';

/** « Trop d'essais, réessayez dans N s »: the 429 with the wait in its message and its Retry-After. */
export function tooManyAttempts(waitMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new AppError('too_many_attempts', `Too many attempts; try again in ${seconds} s.`, { 'retry-after': String(seconds) });
}

/**
 * Join codes are short, so guessing them is what is limited: wrong codes per address and in
 * total. Right codes are not counted (a venue of 100 people may share one address), except by
 * a generous limit on joins per address against filling a workshop with fake people.
 */
export class JoinGuard {
  private readonly wrong = new WindowCounter(MINUTE);
  private readonly joins = new WindowCounter(MINUTE);
  /** lookups run one after another, so concurrent guesses cannot all pass the check before any is counted */
  private lookups: Promise<unknown> = Promise.resolve();

  constructor(private readonly limits: JoinLimits) {}

  /** Runs `find` (a lookup by code or invite) for `ip`; an `unknown_code` answer spends the budgets. */
  lookup<T>(ip: string, find: () => Promise<T>): Promise<T> {
    const key = addressKey(ip);
    const run = this.lookups.then(async () => {
      this.checkWrong(key);
      try {
        return await find();
      } catch (err) {
        if (err instanceof AppError && err.code === 'unknown_code') {
          this.wrong.add(key);
          this.wrong.add(EVERYONE);
        }
        throw err;
      }
    });
    this.lookups = run.catch(() => undefined);
    return run;
  }

  /** Runs `join` for `ip` unless the address already joined too many people this minute. */
  async admit<T>(ip: string, join: () => Promise<T>): Promise<T> {
    const key = addressKey(ip);
    const mine = this.joins.current(key);
    if (this.limits.joinsPerAddress > 0 && mine.count >= this.limits.joinsPerAddress) throw tooManyAttempts(mine.resetAt - Date.now());
    this.joins.add(key);
    try {
      return await join();
    } catch (err) {
      this.joins.remove(key);
      throw err;
    }
  }

  private checkWrong(key: string): void {
    const now = Date.now();
    const mine = this.wrong.current(key, now);
    if (this.limits.wrongPerAddress > 0 && mine.count >= this.limits.wrongPerAddress) throw tooManyAttempts(mine.resetAt - now);
    const all = this.wrong.current(EVERYONE, now);
    // Over the global budget, only addresses that already missed wait: a newcomer's first try
    // still gets through, so a distributed guesser cannot lock every venue out of joining.
    if (this.limits.wrongGlobal > 0 && all.count >= this.limits.wrongGlobal && mine.count > 0) {
      throw tooManyAttempts(Math.min(mine.resetAt, all.resetAt) - now);
    }
  }
}
