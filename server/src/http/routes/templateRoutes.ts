import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { TEMPLATE_DESCRIPTION_MAX, TEMPLATE_NAME_MAX, templateLanguage } from '@essaim/shared';
import { applyTemplateToRoom, saveRoomAsTemplate } from '../../workshops/roomTemplates.js';
import type { TemplateCatalog } from '../../workshops/TemplateCatalog.js';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { AppError } from '../AppError.js';
import { cleanText } from '../cleanText.js';
import { bodyOf } from '../readBody.js';
import { requireFacilitator } from '../requireIdentity.js';

type RoomParams = { id: string; roomId: string };

/** Board templates: the list (anyone, before creating a workshop); applying one to a room, saving a room as one, listing and deleting those the workshop saved (facilitators). */
export async function templateRoutes(app: FastifyInstance, deps: { workshops: WorkshopService; templates: TemplateCatalog; boardRewrite: onRequestHookHandler }): Promise<void> {
  const heavy = { onRequest: deps.boardRewrite };
  const facilitator = async (req: FastifyRequest): Promise<RoomParams & { by: string }> => {
    const params = req.params as RoomParams;
    const identity = await requireFacilitator(req, deps.workshops.tokens, params.id);
    return { ...params, by: identity.participantId };
  };

  app.get('/api/templates', async (req, reply) => {
    const lang = templateLanguage(req.headers['accept-language']);
    void reply.header('content-language', lang).header('vary', 'Accept-Language');
    return deps.templates.list(lang);
  });

  app.post('/api/workshops/:id/rooms/:roomId/template', heavy, async (req) => {
    const { id, roomId, by } = await facilitator(req);
    const template = await deps.templates.find(bodyOf(req).template);
    const applied = await applyTemplateToRoom(deps.workshops, id, roomId, template, by);
    req.log.info({ workshopId: id, roomId, template: template.id }, 'template applied');
    return applied;
  });

  app.post('/api/workshops/:id/rooms/:roomId/save-template', heavy, async (req, reply) => {
    const { id, roomId, by } = await facilitator(req);
    const body = bodyOf(req);
    if (body.name !== undefined && typeof body.name !== 'string') throw new AppError('invalid_request', 'The name of the template must be text.');
    if (body.description !== undefined && typeof body.description !== 'string') {
      throw new AppError('invalid_request', 'The description of the template must be text.');
    }
    const name = cleanText(body.name, TEMPLATE_NAME_MAX);
    if (!name) throw new AppError('invalid_request', 'Give the template a name: { "name": "…" }.');
    const saved = await saveRoomAsTemplate(deps.workshops, id, roomId, { name, description: cleanText(body.description, TEMPLATE_DESCRIPTION_MAX) }, by);
    req.log.info({ workshopId: id, roomId, template: saved.id }, 'template saved');
    return reply.status(201).send(saved);
  });

  // The templates this workshop saved: the ones its facilitators may delete.
  app.get('/api/workshops/:id/templates', async (req) => {
    const { id } = req.params as { id: string };
    await requireFacilitator(req, deps.workshops.tokens, id);
    return deps.templates.savedBy(id);
  });

  // Boards already started from it keep their content: a template is copied, never referenced.
  app.delete('/api/workshops/:id/templates/:templateId', async (req, reply) => {
    const { id, templateId } = req.params as { id: string; templateId: string };
    await requireFacilitator(req, deps.workshops.tokens, id);
    await deps.templates.deleteSaved(id, templateId);
    req.log.info({ workshopId: id, template: templateId }, 'template deleted');
    return reply.status(204).send();
  });
}
