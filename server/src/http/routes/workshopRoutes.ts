import type { FastifyInstance } from 'fastify';
import { nanoid } from 'nanoid';
import { TITLE_MAX, NAME_MAX, type CreateWorkshopResponse } from '@essaim/shared';
import type { TokenService } from '../../auth/TokenService.js';
import type { Storage } from '../../storage/Storage.js';
import { AppError } from '../AppError.js';
import { cleanText } from '../cleanText.js';
import { newJoinCode } from '../newJoinCode.js';

export interface WorkshopDeps {
  storage: Storage;
  tokens: TokenService;
}

/** `POST /api/workshops`: a new workshop with its plenary board and its facilitator. */
export async function workshopRoutes(app: FastifyInstance, deps: WorkshopDeps): Promise<void> {
  app.post('/api/workshops', async (req, reply) => {
    const body = (req.body ?? {}) as { title?: unknown; name?: unknown };
    const title = cleanText(body.title, TITLE_MAX);
    if (!title) throw new AppError('missing_title', 'Give the workshop a title.');
    const facilitatorName = cleanText(body.name, NAME_MAX) || 'Animation';

    const workshopId = nanoid(12);
    const rooms = [{ id: nanoid(8), name: 'Plénière', plenary: true }];
    const joinCode = await newJoinCode(deps.storage);
    const now = Date.now();
    await deps.storage.createWorkshop({ id: workshopId, title, joinCode, createdAt: now, rooms });
    const facilitator = {
      workshopId,
      id: nanoid(12),
      name: facilitatorName,
      role: 'facilitator' as const,
      roomId: rooms[0]!.id,
      createdAt: now,
      revoked: false,
    };
    await deps.storage.createParticipant(facilitator);
    const answer: CreateWorkshopResponse = {
      workshopId,
      title,
      joinCode,
      facilitatorId: facilitator.id,
      facilitatorToken: await deps.tokens.sign(facilitator),
      rooms,
    };
    req.log.info({ workshopId }, 'workshop created');
    return reply.status(201).send(answer);
  });
}
