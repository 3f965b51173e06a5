import type { FastifyInstance } from 'fastify';
import { NAME_MAX, normalizeJoinCode } from '@essaim/shared';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { AppError } from '../AppError.js';
import { cleanText } from '../cleanText.js';
import { bodyOf } from '../readBody.js';

/** Joining by code (participants) or by invite link (co-facilitators, observers); rate-limited per address. */
export async function joinRoutes(app: FastifyInstance, deps: { workshops: WorkshopService; rateLimit: number }): Promise<void> {
  const config = { rateLimit: { max: deps.rateLimit, timeWindow: '1 minute' } };

  app.get('/api/join/:code', { config }, async (req) => deps.workshops.preview(normalizeJoinCode((req.params as { code: string }).code)));

  app.post('/api/join', { config }, async (req) => {
    const body = bodyOf(req);
    const invite = typeof body.invite === 'string' ? body.invite.trim() : '';
    const code = typeof body.code === 'string' ? normalizeJoinCode(body.code) : '';
    if (!code && !invite) throw new AppError('missing_code', 'Type the workshop code your facilitator gave you.');
    const name = cleanText(body.name, NAME_MAX);
    if (!name) throw new AppError('missing_name', 'Type your name so others know who wrote what.');
    const roomId = typeof body.roomId === 'string' ? body.roomId : undefined;
    const joined = await deps.workshops.join(invite ? { invite, name } : { code, name, roomId });
    req.log.info({ workshopId: joined.workshopId, participantId: joined.participantId, role: joined.role }, 'joined');
    return joined;
  });
}
