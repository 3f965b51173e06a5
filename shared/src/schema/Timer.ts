import { z } from 'zod';
import { entryIdField, timeField } from './schemaFields.js';
import { sameJson } from './sameJson.js';

/**
 * A room's countdown, stored in the workshop document's `timers` map under the room id (the
 * plenary included). Only the server writes it; it is an end time in server time, never ticked:
 * every client works out the remaining time from `endsAt` and its measured offset to the server clock.
 */
export interface Timer {
  roomId: string;
  /** started and not stopped (paused or not) */
  running: boolean;
  paused: boolean;
  /** while counting down: when it reaches zero (server clock, ms since the epoch); null when paused or stopped */
  endsAt: number | null;
  /** what was left when it was last changed (paused: what is left) */
  remainingMs: number;
  /** the whole countdown, added time included: how far along it is */
  durationMs: number;
  /** at zero, participants may write nothing on the room's board until the facilitator goes on */
  lockAtEnd: boolean;
  /** the facilitator who started it (a participant id) */
  startedBy: string;
  updatedAt: number;
}

/** A countdown is started, or added to, by 1 s to 2 h at once. */
export const TIMER_SECONDS_MIN = 1;
export const TIMER_SECONDS_MAX = 7200;
/** What a timer may hold left: added minutes never make it longer than two hours. */
export const TIMER_REMAINING_MAX_MS = TIMER_SECONDS_MAX * 1000;
/** A whole countdown, its added minutes included, at most a day. */
export const TIMER_DURATION_MAX_MS = 24 * 3600 * 1000;
/** What « add » adds when the facilitator says nothing. */
export const TIMER_ADD_DEFAULT_SECONDS = 60;

export const TIMER_ACTIONS = ['start', 'pause', 'resume', 'add', 'stop'] as const;
export type TimerAction = (typeof TIMER_ACTIONS)[number];

const timerSchema = z
  .object({
    roomId: entryIdField,
    running: z.boolean(),
    paused: z.boolean(),
    endsAt: timeField.nullable(),
    remainingMs: z.number().int().min(0).max(TIMER_REMAINING_MAX_MS),
    durationMs: z.number().int().min(0).max(TIMER_DURATION_MAX_MS),
    lockAtEnd: z.boolean(),
    startedBy: entryIdField,
    updatedAt: timeField,
  })
  // the three states, and nothing in between
  .refine((t) => (t.running ? (t.paused ? t.endsAt === null : t.endsAt !== null) : !t.paused && t.endsAt === null && t.remainingMs === 0), 'not a timer state');

/** A stored timer as a client reads it: the whole shape, or null (then the room has no timer). */
export function parseTimer(value: unknown): Timer | null {
  const result = timerSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** A timer exactly as the schema wants it, under its own room id, or null. */
export function validateTimer(roomId: string, value: unknown): Timer | null {
  const timer = parseTimer(value);
  return timer && timer.roomId === roomId && sameJson(timer, value) ? timer : null;
}

/** What `GET`/`POST /api/workshops/:id/timer` say of one room (docs/API.md, « Timer »). */
export type RoomTimer = Pick<Timer, 'roomId' | 'running' | 'paused' | 'endsAt' | 'remainingMs' | 'durationMs' | 'lockAtEnd'>;

export interface TimersResponse {
  /** the server's clock when it answered (ms since the epoch) */
  serverNow: number;
  /** one per room of the workshop, the plenary first */
  timers: RoomTimer[];
}

export interface TimerRequest {
  action: TimerAction;
  seconds?: number;
  /** none: every room, the plenary included */
  roomIds?: string[];
  lockAtEnd?: boolean;
}
