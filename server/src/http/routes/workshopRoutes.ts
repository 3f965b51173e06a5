import type { FastifyInstance } from 'fastify';
import { NAME_MAX, TITLE_MAX } from '@essaim/shared';
import type { TemplateCatalog } from '../../workshops/TemplateCatalog.js';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { AppError } from '../AppError.js';
import { cleanText } from '../cleanText.js';
import { bodyOf, readAssignment, readBreakoutNames } from '../readBody.js';

/** `POST /api/workshops`: a new workshop with its plenary, its breakout rooms and its facilitator. */
export async function workshopRoutes(app: FastifyInstance, deps: { workshops: WorkshopService; templates: TemplateCatalog; rateLimit: number }): Promise<void> {
  const config = { rateLimit: { max: deps.rateLimit, timeWindow: '1 minute' } };
  app.post('/api/workshops', { config }, async (req, reply) => {
    const body = bodyOf(req);
    const title = cleanText(body.title, TITLE_MAX);
    if (!title) throw new AppError('missing_title', 'Give the workshop a title.');
    // looked up first: an unknown template creates nothing
    const template = body.template === undefined ? undefined : await deps.templates.find(body.template);
    const created = await deps.workshops.create({
      title,
      name: cleanText(body.name, NAME_MAX) || 'Animation',
      breakoutNames: readBreakoutNames(body.rooms, body.roomNames),
      assignment: readAssignment(body.assignment) ?? 'balanced',
      template,
    });
    req.log.info({ workshopId: created.workshopId, rooms: created.rooms.length, template: template?.id }, 'workshop created');
    return reply.status(201).send(created);
  });
}
