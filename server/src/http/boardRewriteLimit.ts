import type { FastifyRequest } from 'fastify';
import { AppError } from './AppError.js';
import { WindowCounter } from './WindowCounter.js';

const MINUTE = 60_000;

/**
 * An `onRequest` hook for the facilitator requests that read or write a whole board — a template
 * applied or saved, a room's notes copied to the plenary, a room added with its template —: one
 * budget of `max` a minute **per person** (their token) for all of them together, not per address,
 * so the facilitators of a venue sharing one Wi-Fi do not share it; past it `429
 * too_many_requests` with `Retry-After`, before the body or the board is read. 0: no limit.
 */
export function boardRewriteLimit(max: number): (req: FastifyRequest) => Promise<void> {
  const counter = new WindowCounter(MINUTE);
  return async (req) => {
    if (max <= 0) return;
    const key = req.headers.authorization ?? `address ${req.ip}`;
    const now = Date.now();
    const window = counter.current(key, now);
    if (window.count >= max) {
      const seconds = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      throw new AppError('too_many_requests', `Too many whole-board requests this minute; try again in ${seconds} s.`, { 'retry-after': String(seconds) });
    }
    counter.add(key, now);
  };
}
