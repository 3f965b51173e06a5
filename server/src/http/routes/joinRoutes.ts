import type { FastifyInstance } from 'fastify';
import { nanoid } from 'nanoid';
import { NAME_MAX, normalizeJoinCode, type JoinResponse } from '@essaim/shared';
import { AppError } from '../AppError.js';
import { cleanText } from '../cleanText.js';
import type { WorkshopDeps } from './workshopRoutes.js';

/** `POST /api/join`: a participant joins with the workshop's code and a name. */
export async function joinRoutes(app: FastifyInstance, deps: WorkshopDeps & { rateLimit: number }): Promise<void> {
  app.post(
    '/api/join',
    { config: { rateLimit: { max: deps.rateLimit, timeWindow: '1 minute' } } },
    async (req) => {
      const body = (req.body ?? {}) as { code?: unknown; name?: unknown };
      const code = typeof body.code === 'string' ? normalizeJoinCode(body.code) : '';
      if (!code) throw new AppError('missing_code', 'Type the workshop code your facilitator gave you.');
      const name = cleanText(body.name, NAME_MAX);
      if (!name) throw new AppError('missing_name', 'Type your name so others know who wrote what.');
      const workshop = await deps.storage.findWorkshopByJoinCode(code);
      if (!workshop) throw new AppError('unknown_code', `No workshop has the code "${code.slice(0, 12)}". Check it with your facilitator.`);

      const room = workshop.rooms.find((r) => r.plenary) ?? workshop.rooms[0]!;
      const participant = {
        workshopId: workshop.id,
        id: nanoid(12),
        name,
        role: 'participant' as const,
        roomId: room.id,
        createdAt: Date.now(),
        revoked: false,
      };
      await deps.storage.createParticipant(participant);
      req.log.info({ workshopId: workshop.id, participantId: participant.id }, 'participant joined');
      const answer: JoinResponse = {
        workshopId: workshop.id,
        title: workshop.title,
        roomId: room.id,
        participantId: participant.id,
        name,
        token: await deps.tokens.sign(participant),
        rooms: workshop.rooms,
      };
      return answer;
    },
  );
}
