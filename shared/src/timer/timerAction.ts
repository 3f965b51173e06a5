import {
  TIMER_ADD_DEFAULT_SECONDS,
  TIMER_DURATION_MAX_MS,
  TIMER_REMAINING_MAX_MS,
  TIMER_SECONDS_MAX,
  TIMER_SECONDS_MIN,
  type Timer,
  type TimerAction,
} from '../schema/Timer.js';

export interface TimerActionInput {
  /** start: the countdown (required); add: what is added (default 60) */
  seconds?: number;
  /** start: the new timer's setting (default false); other actions: changes it when given */
  lockAtEnd?: boolean;
  /** the server clock */
  now: number;
  /** the facilitator acting (a participant id) */
  by: string;
  roomId: string;
}

/** Why `seconds` cannot go with `action` (a readable sentence), or null. */
export function timerSecondsProblem(action: TimerAction, seconds: unknown): string | null {
  if (action !== 'start' && action !== 'add') return null;
  if (seconds === undefined && action === 'add') return null;
  const ok = typeof seconds === 'number' && Number.isInteger(seconds) && seconds >= TIMER_SECONDS_MIN && seconds <= TIMER_SECONDS_MAX;
  if (ok) return null;
  return action === 'start'
    ? `Starting a timer needs "seconds", a whole number from ${TIMER_SECONDS_MIN} to ${TIMER_SECONDS_MAX}.`
    : `The time added ("seconds") must be a whole number from ${TIMER_SECONDS_MIN} to ${TIMER_SECONDS_MAX}.`;
}

/** A room without a countdown: what a stopped timer, and a room never started, read as. */
export function stoppedTimer(roomId: string, by: string, now: number): Timer {
  return { roomId, running: false, paused: false, endsAt: null, remainingMs: 0, durationMs: 0, lockAtEnd: false, startedBy: by, updatedAt: now };
}

const clampRemaining = (ms: number): number => Math.min(TIMER_REMAINING_MAX_MS, Math.max(0, Math.round(ms)));
const clampDuration = (ms: number): number => Math.min(TIMER_DURATION_MAX_MS, Math.max(0, Math.round(ms)));

/**
 * What a facilitator's action makes of a room's timer. An action that does not apply to the
 * timer's state (pausing a stopped or finished one, resuming one that runs, adding to a stopped
 * one) returns `current` itself, unchanged. « add » revives a finished timer: it counts down
 * the added time from now. Throws a RangeError for seconds `timerSecondsProblem` refuses.
 */
export function timerAction(current: Timer | undefined, action: TimerAction, input: TimerActionInput): Timer {
  const problem = timerSecondsProblem(action, input.seconds);
  if (problem) throw new RangeError(problem);
  const { now, by, roomId } = input;
  const timer = current ?? stoppedTimer(roomId, by, now);
  const lockAtEnd = input.lockAtEnd ?? timer.lockAtEnd;
  const counting = timer.running && !timer.paused && timer.endsAt !== null;
  const finished = counting && now >= timer.endsAt!;
  switch (action) {
    case 'start': {
      const ms = input.seconds! * 1000;
      return { roomId, running: true, paused: false, endsAt: now + ms, remainingMs: ms, durationMs: ms, lockAtEnd: input.lockAtEnd ?? false, startedBy: by, updatedAt: now };
    }
    case 'pause': {
      if (!counting || finished) return timer;
      return { ...timer, paused: true, endsAt: null, remainingMs: clampRemaining(timer.endsAt! - now), lockAtEnd, updatedAt: now };
    }
    case 'resume': {
      if (!timer.running || !timer.paused) return timer;
      return { ...timer, paused: false, endsAt: now + timer.remainingMs, lockAtEnd, updatedAt: now };
    }
    case 'add': {
      if (!timer.running) return timer;
      const added = (input.seconds ?? TIMER_ADD_DEFAULT_SECONDS) * 1000;
      const left = timer.paused ? timer.remainingMs : Math.max(0, timer.endsAt! - now);
      const remainingMs = clampRemaining(left + added);
      const durationMs = clampDuration(Math.max(timer.durationMs + (remainingMs - left), remainingMs));
      if (timer.paused) return { ...timer, remainingMs, durationMs, lockAtEnd, updatedAt: now };
      return { ...timer, endsAt: now + remainingMs, remainingMs, durationMs, lockAtEnd, updatedAt: now };
    }
    case 'stop':
      return timer.running ? stoppedTimer(roomId, timer.startedBy, now) : timer;
  }
}
