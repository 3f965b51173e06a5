import type { FastifyInstance } from 'fastify';
import { NAME_MAX, normalizeJoinCode } from '@essaim/shared';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { AppError } from '../AppError.js';
import { cleanText } from '../cleanText.js';
import type { JoinGuard } from '../JoinGuard.js';
import { bodyOf } from '../readBody.js';

/** Joining by code (participants) or by invite link (co-facilitators, observers); wrong codes spend one budget across both routes. */
export async function joinRoutes(app: FastifyInstance, deps: { workshops: WorkshopService; guard: JoinGuard }): Promise<void> {
  const { workshops, guard } = deps;

  app.get('/api/join/:code', async (req) => {
    const code = normalizeJoinCode((req.params as { code: string }).code);
    return workshops.preview(await guard.lookup(req.ip, () => workshops.entry({ code })));
  });

  app.post('/api/join', async (req) => {
    const body = bodyOf(req);
    const invite = typeof body.invite === 'string' ? body.invite.trim() : '';
    const code = typeof body.code === 'string' ? normalizeJoinCode(body.code) : '';
    if (!code && !invite) throw new AppError('missing_code', 'Type the workshop code your facilitator gave you.');
    const name = cleanText(body.name, NAME_MAX);
    if (!name) throw new AppError('missing_name', 'Type your name so others know who wrote what.');
    const roomId = typeof body.roomId === 'string' ? body.roomId : undefined;
    const entry = await guard.lookup(req.ip, () => workshops.entry(invite ? { invite } : { code }));
    const joined = await guard.admit(req.ip, () => workshops.join(entry, { name, roomId }));
    req.log.info({ workshopId: joined.workshopId, participantId: joined.participantId, role: joined.role }, 'joined');
    return joined;
  });
}
