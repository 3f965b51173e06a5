import type { FastifyInstance } from 'fastify';
import { PRIVATE_QUESTION_MAX, RUN_ACTIONS, RUN_SECONDS_MAX, RUN_STEPS, type RunAction, type RunDurations, type RunRequest, type RunStep } from '@essaim/shared';
import type { WorkshopRunner } from '../../workshops/WorkshopRunner.js';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { ActionBudget } from '../ActionBudget.js';
import { AppError } from '../AppError.js';
import { cleanText } from '../cleanText.js';
import { bodyOf, readRoomIds } from '../readBody.js';
import { requireFacilitator, requireMember } from '../requireIdentity.js';

/** Runner steps a facilitator may take a minute: each moves rooms, boards and timers. */
const RUNNER_ACTIONS_PER_MINUTE = 60;

type Params = { id: string };

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 64;

function readDurations(value: unknown): Partial<RunDurations> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AppError('invalid_request', 'The durations must be an object { ideas, pairs, turn } in seconds.');
  const durations: Partial<RunDurations> = {};
  for (const [key, seconds] of Object.entries(value)) {
    if (key !== 'ideas' && key !== 'pairs' && key !== 'turn') throw new AppError('invalid_request', `Unknown duration "${key.slice(0, 20)}": use ideas, pairs and turn.`);
    if (!Number.isInteger(seconds) || (seconds as number) < 1 || (seconds as number) > RUN_SECONDS_MAX) {
      throw new AppError('invalid_request', `Each duration is a whole number of seconds from 1 to ${RUN_SECONDS_MAX}.`);
    }
    durations[key] = seconds as number;
  }
  return durations;
}

function readRunRequest(body: Record<string, unknown>): RunRequest {
  const action = body.action;
  if (!RUN_ACTIONS.includes(action as RunAction)) throw new AppError('invalid_request', `The action must be one of ${RUN_ACTIONS.map((a) => `"${a}"`).join(', ')}.`);
  const request: RunRequest = { action: action as RunAction };
  const roomIds = readRoomIds(body.roomIds);
  if (roomIds) request.roomIds = roomIds;
  if (action === 'start') {
    const question = cleanText(body.question, PRIVATE_QUESTION_MAX);
    if (!question) throw new AppError('invalid_request', 'Give the question the participants answer.');
    request.question = question;
    const durations = readDurations(body.durations);
    if (durations) request.durations = durations;
  }
  if ((action === 'next' || action === 'back') && body.at !== undefined) {
    const at = body.at as { step?: unknown; turn?: unknown } | null;
    if (typeof at !== 'object' || at === null || !RUN_STEPS.includes(at.step as RunStep) || !Number.isInteger(at.turn) || (at.turn as number) < 0) {
      throw new AppError('invalid_request', 'The at field must be { step, turn }: where the run was seen.');
    }
    request.at = { step: at.step as RunStep, turn: at.turn as number };
  }
  if (action === 'swap') {
    const ids = body.participantIds;
    if (!Array.isArray(ids) || ids.length !== 2 || !ids.every(isId)) throw new AppError('invalid_request', 'A swap names two participants: participantIds [a, b].');
    request.participantIds = ids as string[];
  }
  if (action === 'add') {
    if (!isId(body.participantId)) throw new AppError('invalid_request', 'Name the participant to add: participantId.');
    request.participantId = body.participantId;
    if (body.pairId !== undefined) {
      if (!isId(body.pairId)) throw new AppError('invalid_request', 'The pairId must be a pair id.');
      request.pairId = body.pairId;
    }
  }
  return request;
}

/** The 3-12-3 runner (docs/API.md, « 3-12-3 runner »): anyone of the workshop reads it, its facilitators drive it. */
export async function runnerRoutes(app: FastifyInstance, deps: { workshops: WorkshopService; runner: WorkshopRunner }): Promise<void> {
  const actions = new ActionBudget(RUNNER_ACTIONS_PER_MINUTE, 'runner steps');
  app.addHook('onClose', async () => deps.runner.close());

  app.get('/api/workshops/:id/runner', async (req) => {
    const { id } = req.params as Params;
    await requireMember(req, deps.workshops.tokens, id);
    return deps.runner.read(id);
  });

  app.post('/api/workshops/:id/runner', async (req) => {
    const { id } = req.params as Params;
    const { participantId } = await requireFacilitator(req, deps.workshops.tokens, id);
    actions.spend(participantId);
    return deps.runner.act(id, readRunRequest(bodyOf(req)), participantId);
  });
}
