import type { FastifyInstance } from 'fastify';
import { TIMER_ACTIONS, timerSecondsProblem, type TimerAction, type TimerRequest } from '@essaim/shared';
import { WorkshopTimers } from '../../workshops/WorkshopTimers.js';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { AppError } from '../AppError.js';
import { bodyOf, readBoolean } from '../readBody.js';
import { requireFacilitator, requireIdentity } from '../requireIdentity.js';
import { WindowCounter } from '../WindowCounter.js';

/** Timer actions a facilitator may send a minute: a click every half second, far more than a workshop needs. */
const TIMER_ACTIONS_PER_MINUTE = 120;
/** More room ids than a workshop ever holds is no list of its rooms. */
const ROOM_IDS_MAX = 128;

type Params = { id: string };

function readTimerRequest(body: Record<string, unknown>): TimerRequest {
  const action = body.action;
  if (!TIMER_ACTIONS.includes(action as TimerAction)) {
    throw new AppError('invalid_request', `The action must be one of ${TIMER_ACTIONS.map((a) => `"${a}"`).join(', ')}.`);
  }
  const problem = timerSecondsProblem(action as TimerAction, body.seconds);
  if (problem) throw new AppError('invalid_request', problem);
  const roomIds = body.roomIds;
  if (roomIds !== undefined && (!Array.isArray(roomIds) || roomIds.length === 0 || roomIds.length > ROOM_IDS_MAX || !roomIds.every((r) => typeof r === 'string'))) {
    throw new AppError('invalid_request', 'The roomIds field must be a list of room ids (leave it out for every room).');
  }
  const request: TimerRequest = { action: action as TimerAction };
  if (action === 'start' || action === 'add') request.seconds = body.seconds as number | undefined;
  if (roomIds !== undefined) request.roomIds = roomIds as string[];
  const lockAtEnd = readBoolean(body.lockAtEnd, 'lockAtEnd');
  if (lockAtEnd !== undefined) request.lockAtEnd = lockAtEnd;
  return request;
}

/** The rooms' shared countdowns (docs/API.md, « Timer »): anyone of the workshop reads them, its facilitators change them. */
export async function timerRoutes(app: FastifyInstance, deps: { workshops: WorkshopService }): Promise<void> {
  const timers = new WorkshopTimers(deps.workshops);
  const actions = new WindowCounter(60_000);

  app.get('/api/workshops/:id/timer', async (req) => {
    const { id } = req.params as Params;
    const identity = await requireIdentity(req, deps.workshops.tokens);
    if (identity.workshopId !== id) throw new AppError('forbidden', 'This token is for another workshop.');
    return timers.read(id);
  });

  app.post('/api/workshops/:id/timer', async (req) => {
    const { id } = req.params as Params;
    const { participantId } = await requireFacilitator(req, deps.workshops.tokens, id);
    const now = Date.now();
    const window = actions.current(participantId, now);
    if (window.count >= TIMER_ACTIONS_PER_MINUTE) {
      const seconds = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      throw new AppError('too_many_requests', `Too many timer actions this minute; try again in ${seconds} s.`, { 'retry-after': String(seconds) });
    }
    actions.add(participantId, now);
    return timers.act(id, readTimerRequest(bodyOf(req)), participantId);
  });
}
