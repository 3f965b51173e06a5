import type { Timer } from '../schema/Timer.js';

/** What a timer shows at `serverNow`. */
export interface TimerView {
  running: boolean;
  paused: boolean;
  /** counting down and past its end: the signal shows (and a `lockAtEnd` room locks) */
  done: boolean;
  /** never below zero */
  remainingMs: number;
  endsAt: number | null;
}

const STOPPED: TimerView = { running: false, paused: false, done: false, remainingMs: 0, endsAt: null };

/** A room's timer as everyone should see it at `serverNow` (the server clock, or a client's estimate of it). */
export function timerView(timer: Timer | undefined | null, serverNow: number): TimerView {
  if (!timer || !timer.running) return STOPPED;
  if (timer.paused || timer.endsAt === null) return { running: true, paused: true, done: false, remainingMs: Math.max(0, timer.remainingMs), endsAt: null };
  const remainingMs = Math.max(0, timer.endsAt - serverNow);
  return { running: true, paused: false, done: serverNow >= timer.endsAt, remainingMs, endsAt: timer.endsAt };
}

/** Whether the room is locked for participants by its timer: it ended, set to lock at the end, and nobody went on since. */
export function timerLocksRoom(timer: Timer | undefined | null, serverNow: number): boolean {
  return !!timer && timer.lockAtEnd && timerView(timer, serverNow).done;
}
