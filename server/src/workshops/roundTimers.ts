import type * as Y from 'yjs';
import { readTimer, timerView, type Timer, type TimerView, type VoteRound } from '@essaim/shared';
import type { TimerTool } from './WorkshopTimers.js';

// A timed vote round's own countdowns (`VoteRound.timers`: room → the `updatedAt` naming the countdown it
// follows), read from the workshop document. A room whose timer the round does not own neither closes it,
// refuses dots by it, nor is stopped with it.

/** Whether the room's timer is the round's own countdown (the one it started, or that one paused, resumed or given time). */
function isOwn(round: VoteRound, roomId: string, timer: Timer | undefined): timer is Timer {
  return timer !== undefined && round.timers?.[roomId] === timer.updatedAt;
}

/** The timers just started for a round, by room: their `updatedAt` names them. */
export function startedTimers(doc: Y.Doc, roomIds: readonly string[]): Record<string, number> {
  const own: Record<string, number> = {};
  for (const id of roomIds) {
    const timer = readTimer(doc, id);
    if (timer?.running) own[id] = timer.updatedAt;
  }
  return own;
}

/** Whether the round's own timer in the room has reached zero (and still reads so: not stopped, not given more time). */
export function roundTimeIsUp(doc: Y.Doc, round: VoteRound, roomId: string, now: number): boolean {
  const timer = readTimer(doc, roomId);
  return isOwn(round, roomId, timer) && timerView(timer, now).done;
}

/** The round's own countdowns as they read now (a room whose timer was started anew, or stopped, is left out). */
export function roundTimerViews(doc: Y.Doc, round: VoteRound, now: number): TimerView[] {
  return round.roomIds.flatMap((id) => {
    const timer = readTimer(doc, id);
    return isOwn(round, id, timer) ? [timerView(timer, now)] : [];
  });
}

/** The rooms whose own countdown still runs: stopped with the round. */
export function runningRoundTimers(doc: Y.Doc, round: VoteRound): string[] {
  return round.roomIds.filter((id) => {
    const timer = readTimer(doc, id);
    return isOwn(round, id, timer) && timer.running;
  });
}

/**
 * Follows a timer action on the round's rooms: a facilitator's (no tool) makes the room's countdown the
 * round's — paused, resumed, given time, stopped and started again —; the 3-12-3 runner's takes it from
 * the round. Whether anything changed (the round to store and look at again).
 */
export function followTimers(round: VoteRound, changed: readonly Timer[], tool: TimerTool | null): boolean {
  const own = round.timers;
  if (round.status !== 'open' || !own || tool === 'vote') return false;
  const here = changed.filter((t) => round.roomIds.includes(t.roomId) && (tool === null || own[t.roomId] !== undefined));
  for (const t of here) {
    if (tool === 'runner') delete own[t.roomId];
    else own[t.roomId] = t.updatedAt;
  }
  return here.length > 0;
}
