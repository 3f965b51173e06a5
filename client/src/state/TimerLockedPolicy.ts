import type { Actor, BoardPolicy } from '@essaim/shared';
import type { Store } from './createStore';
import { Listeners } from './Listeners';
import type { MetaStore } from './MetaStore';

/** The board's rules as they bind this user; `timeUp`: locked because the room's timer ended, not by a facilitator. */
export type EffectivePolicy = BoardPolicy & { timeUp?: true };

/**
 * The board's rules (`meta.policy`) with the room's timer applied: while a timer set to lock at
 * its end has ended, a participant's board is locked exactly as when a facilitator locks it — the
 * server refuses their writes then — so everything that asks the rules (buttons, rights, the
 * check before writing) offers nothing the server would refuse. Facilitators are never locked.
 */
export class TimerLockedPolicy {
  private snapshot: EffectivePolicy;
  private readonly listeners = new Listeners();
  private readonly stops: (() => void)[];

  constructor(
    private readonly rules: MetaStore<BoardPolicy>,
    private readonly timerLock: Store<boolean>,
    private readonly actor: Actor,
  ) {
    this.snapshot = this.compute();
    this.stops = [rules.subscribe(this.update), timerLock.subscribe(this.update)];
  }

  readonly get = (): EffectivePolicy => this.snapshot;

  readonly subscribe = this.listeners.subscribe;

  destroy(): void {
    for (const stop of this.stops) stop();
    this.rules.destroy();
    this.listeners.clear();
  }

  private compute(): EffectivePolicy {
    const policy = this.rules.get();
    if (policy.locked || !this.timerLock.get() || this.actor.role === 'facilitator') return policy;
    const { lockedBy: _, ...rest } = policy;
    return { ...rest, locked: true, timeUp: true };
  }

  private readonly update = (): void => {
    const next = this.compute();
    if (next === this.snapshot || JSON.stringify(next) === JSON.stringify(this.snapshot)) return;
    this.snapshot = next;
    this.listeners.notify();
  };
}
