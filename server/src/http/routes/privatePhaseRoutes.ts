import type { FastifyInstance } from 'fastify';
import { REVEAL_ORDERS, type PrivatePhaseRequest, type RevealOrder, type RevealRequest } from '@essaim/shared';
import type { PrivatePhases } from '../../workshops/PrivatePhases.js';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { ActionBudget } from '../ActionBudget.js';
import { AppError } from '../AppError.js';
import { bodyOf, readRoomIds } from '../readBody.js';
import { requireFacilitator, requireMember } from '../requireIdentity.js';

/** Starts and reveals a facilitator may send a minute: a reveal loads and writes every board and drafts of its rooms. */
const PHASE_ACTIONS_PER_MINUTE = 60;

type Params = { id: string };

function readStart(body: Record<string, unknown>): PrivatePhaseRequest {
  if (typeof body.question !== 'string') throw new AppError('invalid_request', 'Give the question the participants answer, as text.');
  const request: PrivatePhaseRequest = { question: body.question };
  const roomIds = readRoomIds(body.roomIds);
  if (roomIds) request.roomIds = roomIds;
  return request;
}

function readReveal(body: Record<string, unknown>): RevealRequest {
  const request: RevealRequest = {};
  const roomIds = readRoomIds(body.roomIds);
  if (roomIds) request.roomIds = roomIds;
  if (body.order !== undefined) {
    if (!REVEAL_ORDERS.includes(body.order as RevealOrder)) {
      throw new AppError('invalid_request', `The order must be one of ${REVEAL_ORDERS.map((o) => `"${o}"`).join(', ')}.`);
    }
    request.order = body.order as RevealOrder;
  }
  return request;
}

/**
 * Private writing, then « Révéler » (docs/API.md, « Private writing »): anyone of the workshop
 * reads the phases and counts, never a draft's text; its facilitators start and reveal.
 */
export async function privatePhaseRoutes(app: FastifyInstance, deps: { workshops: WorkshopService; phases: PrivatePhases }): Promise<void> {
  const { phases } = deps;
  const actions = new ActionBudget(PHASE_ACTIONS_PER_MINUTE, 'private writing actions');

  app.get('/api/workshops/:id/private-phase', async (req) => {
    const { id } = req.params as Params;
    await requireMember(req, deps.workshops.tokens, id);
    return phases.read(id);
  });

  app.post('/api/workshops/:id/private-phase', async (req) => {
    const { id } = req.params as Params;
    const { participantId } = await requireFacilitator(req, deps.workshops.tokens, id);
    const request = readStart(bodyOf(req));
    actions.spend(participantId);
    return phases.start(id, request, participantId);
  });

  app.post('/api/workshops/:id/private-phase/reveal', async (req) => {
    const { id } = req.params as Params;
    const { participantId } = await requireFacilitator(req, deps.workshops.tokens, id);
    const request = readReveal(bodyOf(req));
    actions.spend(participantId);
    return phases.reveal(id, request, participantId);
  });
}
