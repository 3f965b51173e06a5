import type { FastifyInstance } from 'fastify';
import { NAME_MAX } from '@essaim/shared';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { sessionResponse } from '../../workshops/workshopViews.js';
import { AppError } from '../AppError.js';
import { cleanText } from '../cleanText.js';
import { bodyOf } from '../readBody.js';
import { requireIdentity } from '../requireIdentity.js';

/** `GET /api/session` and `PATCH /api/me`: who a token is, to resume a session, and renaming oneself. */
export async function sessionRoutes(app: FastifyInstance, deps: { workshops: WorkshopService }): Promise<void> {
  app.get('/api/session', async (req) => {
    const identity = await requireIdentity(req, deps.workshops.tokens);
    const { workshop, person } = await deps.workshops.person(identity.workshopId, identity.participantId);
    return sessionResponse(workshop, person);
  });

  app.patch('/api/me', async (req) => {
    const identity = await requireIdentity(req, deps.workshops.tokens);
    const name = cleanText(bodyOf(req).name, NAME_MAX);
    if (!name) throw new AppError('missing_name', 'Type the name others will see.');
    return deps.workshops.rename(identity, name);
  });
}
