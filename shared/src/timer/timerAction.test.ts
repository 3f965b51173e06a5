import { describe, expect, it } from 'vitest';
import { TIMER_REMAINING_MAX_MS, validateTimer, type Timer, type TimerAction } from '../schema/Timer.js';
import { timerAction, timerSecondsProblem } from './timerAction.js';
import { timerLocksRoom, timerView, type TimerView } from './timerView.js';

const T = 1_700_000_000_000;
const ctx = { now: T, by: 'facil-1', roomId: 'salle-1' };
const base = { roomId: 'salle-1', lockAtEnd: false, startedBy: 'facil-0' };

const STATES: Record<string, Timer | undefined> = {
  none: undefined,
  stopped: { ...base, running: false, paused: false, endsAt: null, remainingMs: 0, durationMs: 0, updatedAt: T - 5000 },
  // 5 minutes started 30 s ago
  running: { ...base, running: true, paused: false, endsAt: T + 270_000, remainingMs: 300_000, durationMs: 300_000, updatedAt: T - 30_000 },
  paused: { ...base, running: true, paused: true, endsAt: null, remainingMs: 120_000, durationMs: 300_000, updatedAt: T - 10_000 },
  // 5 minutes that ended 100 s ago, set to lock the room
  finished: { ...base, running: true, paused: false, endsAt: T - 100_000, remainingMs: 300_000, durationMs: 300_000, lockAtEnd: true, updatedAt: T - 400_000 },
};

const STOPPED: TimerView = { running: false, paused: false, done: false, remainingMs: 0, endsAt: null };
const counting = (ms: number): TimerView => ({ running: true, paused: false, done: false, remainingMs: ms, endsAt: T + ms });
const pausedAt = (ms: number): TimerView => ({ running: true, paused: true, done: false, remainingMs: ms, endsAt: null });
const ENDED: TimerView = { running: true, paused: false, done: true, remainingMs: 0, endsAt: T - 100_000 };
/** the action leaves the timer as it was (the very same object) */
const SAME = 'same';

// state × action → what everyone sees right after (start: 3 min; add: the default minute)
const TABLE: Record<string, Record<TimerAction, TimerView | typeof SAME>> = {
  none: { start: counting(180_000), pause: STOPPED, resume: STOPPED, add: STOPPED, stop: STOPPED },
  stopped: { start: counting(180_000), pause: SAME, resume: SAME, add: SAME, stop: SAME },
  running: { start: counting(180_000), pause: pausedAt(270_000), resume: SAME, add: counting(330_000), stop: STOPPED },
  paused: { start: counting(180_000), pause: SAME, resume: counting(120_000), add: pausedAt(180_000), stop: STOPPED },
  finished: { start: counting(180_000), pause: SAME, resume: SAME, add: counting(60_000), stop: STOPPED },
};

describe('timerAction', () => {
  for (const [state, row] of Object.entries(TABLE)) {
    for (const [action, expected] of Object.entries(row) as [TimerAction, TimerView | typeof SAME][]) {
      it(`${action} on a ${state} timer`, () => {
        const before = STATES[state];
        const after = timerAction(before, action, { ...ctx, seconds: action === 'start' ? 180 : undefined });
        // whatever it does, the result is a timer the schema holds as it is
        expect(validateTimer('salle-1', after)).toEqual(after);
        if (expected === SAME) expect(after).toBe(before);
        else expect(timerView(after, T)).toEqual(expected);
      });
    }
  }

  it('revives a finished timer with « add »: it counts the added time from now and no longer locks the room', () => {
    const finished = STATES.finished!;
    expect(timerLocksRoom(finished, T)).toBe(true);
    const revived = timerAction(finished, 'add', { ...ctx, seconds: 120 });
    expect(timerView(revived, T + 60_000)).toEqual({ running: true, paused: false, done: false, remainingMs: 60_000, endsAt: T + 120_000 });
    expect(timerLocksRoom(revived, T + 60_000)).toBe(false);
    // the whole countdown is the first 5 minutes and the 2 added
    expect(revived.durationMs).toBe(420_000);
    // ...and locks again at its new end, still set to
    expect(timerLocksRoom(revived, T + 120_000)).toBe(true);
  });

  it('keeps the remaining time across a pause and a resume', () => {
    const paused = timerAction(STATES.running, 'pause', ctx);
    const later = T + 3_600_000;
    const resumed = timerAction(paused, 'resume', { ...ctx, now: later });
    expect(timerView(resumed, later)).toMatchObject({ remainingMs: 270_000, endsAt: later + 270_000 });
  });

  it('never holds more than two hours left, however many minutes are added', () => {
    let timer = timerAction(undefined, 'start', { ...ctx, seconds: 7000 });
    for (let i = 0; i < 5; i++) timer = timerAction(timer, 'add', { ...ctx, seconds: 7200 });
    expect(timer.remainingMs).toBe(TIMER_REMAINING_MAX_MS);
    expect(timerView(timer, T).remainingMs).toBe(TIMER_REMAINING_MAX_MS);
    expect(validateTimer('salle-1', timer)).not.toBeNull();
  });

  it('starts with lockAtEnd only when asked, and keeps or changes it on later actions', () => {
    expect(timerAction(undefined, 'start', { ...ctx, seconds: 60 }).lockAtEnd).toBe(false);
    const locking = timerAction(undefined, 'start', { ...ctx, seconds: 60, lockAtEnd: true });
    expect(timerAction(locking, 'add', ctx).lockAtEnd).toBe(true);
    expect(timerAction(locking, 'pause', { ...ctx, lockAtEnd: false }).lockAtEnd).toBe(false);
  });

  it('refuses a start without seconds and durations out of range', () => {
    expect(() => timerAction(undefined, 'start', ctx)).toThrow(RangeError);
    for (const seconds of [0, -5, 1.5, 7201, Number.NaN]) {
      expect(timerSecondsProblem('start', seconds)).toMatch(/whole number from 1 to 7200/);
      expect(() => timerAction(STATES.running, 'add', { ...ctx, seconds })).toThrow(RangeError);
    }
    expect(timerSecondsProblem('add', undefined)).toBeNull();
    expect(timerSecondsProblem('pause', 'anything')).toBeNull();
  });
});

describe('timerView', () => {
  it('clamps the remaining time at zero once the end is past, and says it is done from the very end on', () => {
    const timer = STATES.running!;
    expect(timerView(timer, T + 270_000 - 1)).toMatchObject({ done: false, remainingMs: 1 });
    expect(timerView(timer, T + 270_000)).toMatchObject({ done: true, remainingMs: 0 });
    expect(timerView(timer, T + 900_000)).toMatchObject({ done: true, remainingMs: 0 });
  });

  it('locks the room at the end only when set to, and never while paused or stopped', () => {
    const locking = { ...STATES.running!, lockAtEnd: true };
    expect(timerLocksRoom(locking, T + 269_999)).toBe(false);
    expect(timerLocksRoom(locking, T + 270_000)).toBe(true);
    expect(timerLocksRoom(STATES.running, T + 270_000)).toBe(false);
    expect(timerLocksRoom({ ...STATES.paused!, lockAtEnd: true }, T + 1e9)).toBe(false);
    expect(timerLocksRoom(timerAction(locking, 'stop', ctx), T + 1e9)).toBe(false);
    expect(timerLocksRoom(undefined, T)).toBe(false);
  });
});
