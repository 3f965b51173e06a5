import type { FastifyInstance } from 'fastify';
import type { SessionResponse } from '@essaim/shared';
import { AppError } from '../AppError.js';
import type { WorkshopDeps } from './workshopRoutes.js';

/** `GET /api/session` (Authorization: Bearer <token>): who the token is, to resume a session. */
export async function sessionRoutes(app: FastifyInstance, deps: WorkshopDeps): Promise<void> {
  app.get('/api/session', async (req) => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const identity = await deps.tokens.verify(token);
    if (!identity) throw new AppError('unauthorized', 'This link or session is no longer valid; join again with the code.');
    const workshop = await deps.storage.getWorkshop(identity.workshopId);
    if (!workshop) throw new AppError('not_found', 'This workshop no longer exists.');
    const answer: SessionResponse = {
      workshopId: workshop.id,
      title: workshop.title,
      joinCode: workshop.joinCode,
      participantId: identity.participantId,
      name: identity.participant.name,
      role: identity.role,
      roomId: identity.participant.roomId,
      rooms: workshop.rooms,
    };
    return answer;
  });
}
