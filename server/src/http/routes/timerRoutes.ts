import type { FastifyInstance } from 'fastify';
import { TIMER_ACTIONS, timerSecondsProblem, type TimerAction, type TimerRequest } from '@essaim/shared';
import type { WorkshopTimers } from '../../workshops/WorkshopTimers.js';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { AppError } from '../AppError.js';
import { bodyOf, readBoolean, readRoomIds } from '../readBody.js';
import { requireFacilitator, requireMember } from '../requireIdentity.js';
import { ActionBudget } from '../ActionBudget.js';

/** Timer actions a facilitator may send a minute: a click every half second, far more than a workshop needs. */
const TIMER_ACTIONS_PER_MINUTE = 120;

type Params = { id: string };

function readTimerRequest(body: Record<string, unknown>): TimerRequest {
  const action = body.action;
  if (!TIMER_ACTIONS.includes(action as TimerAction)) {
    throw new AppError('invalid_request', `The action must be one of ${TIMER_ACTIONS.map((a) => `"${a}"`).join(', ')}.`);
  }
  const problem = timerSecondsProblem(action as TimerAction, body.seconds);
  if (problem) throw new AppError('invalid_request', problem);
  const roomIds = readRoomIds(body.roomIds);
  const request: TimerRequest = { action: action as TimerAction };
  if (action === 'start' || action === 'add') request.seconds = body.seconds as number | undefined;
  if (roomIds !== undefined) request.roomIds = roomIds;
  const lockAtEnd = readBoolean(body.lockAtEnd, 'lockAtEnd');
  if (lockAtEnd !== undefined) request.lockAtEnd = lockAtEnd;
  return request;
}

/** The rooms' shared countdowns (docs/API.md, « Timer »): anyone of the workshop reads them, its facilitators change them. */
export async function timerRoutes(app: FastifyInstance, deps: { workshops: WorkshopService; timers: WorkshopTimers }): Promise<void> {
  const { timers } = deps;
  const actions = new ActionBudget(TIMER_ACTIONS_PER_MINUTE, 'timer actions');

  app.get('/api/workshops/:id/timer', async (req) => {
    const { id } = req.params as Params;
    await requireMember(req, deps.workshops.tokens, id);
    return timers.read(id);
  });

  app.post('/api/workshops/:id/timer', async (req) => {
    const { id } = req.params as Params;
    const { participantId } = await requireFacilitator(req, deps.workshops.tokens, id);
    actions.spend(participantId);
    return timers.act(id, readTimerRequest(bodyOf(req)), participantId);
  });
}
