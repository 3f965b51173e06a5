import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { BROADCAST_MAX, TITLE_MAX } from '@essaim/shared';
import { copyToPlenary } from '../../workshops/copyToPlenary.js';
import type { TemplateCatalog } from '../../workshops/TemplateCatalog.js';
import { WorkshopAdmin } from '../../workshops/WorkshopAdmin.js';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { AppError } from '../AppError.js';
import { cleanText } from '../cleanText.js';
import { bodyOf, readAssignment, readBoolean, readRoomName } from '../readBody.js';
import { requireFacilitator } from '../requireIdentity.js';

type Params = { id: string; roomId?: string; participantId?: string };

/** Everything a facilitator changes in a running workshop (docs/API.md, « Facilitator endpoints »). */
export async function workshopAdminRoutes(app: FastifyInstance, deps: { workshops: WorkshopService; templates: TemplateCatalog; boardRewrite: onRequestHookHandler }): Promise<void> {
  const admin = new WorkshopAdmin(deps.workshops);
  const { templates } = deps;
  const heavy = { onRequest: deps.boardRewrite };
  // Every route below is for the facilitators of the workshop in the path.
  const facilitator = async (req: FastifyRequest): Promise<Params & { by: string }> => {
    const params = req.params as Params;
    const identity = await requireFacilitator(req, deps.workshops.tokens, params.id);
    return { ...params, by: identity.participantId };
  };

  app.get('/api/workshops/:id', async (req) => admin.get((await facilitator(req)).id));

  app.patch('/api/workshops/:id', async (req) => {
    const { id } = await facilitator(req);
    const body = bodyOf(req);
    const title = body.title === undefined ? undefined : cleanText(body.title, TITLE_MAX);
    if (title === '') throw new AppError('missing_title', 'Give the workshop a title.');
    const patch = {
      title,
      assignment: readAssignment(body.assignment),
      plenaryOpen: readBoolean(body.plenaryOpen, 'plenaryOpen'),
      anonymous: readBoolean(body.anonymous, 'anonymous'),
      observersExport: readBoolean(body.observersExport, 'observersExport'),
    };
    return admin.update(id, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
  });

  // A room added later starts with the workshop's template unless the body names another, or null for a blank board.
  app.post('/api/workshops/:id/rooms', heavy, async (req, reply) => {
    const { id, by } = await facilitator(req);
    const body = bodyOf(req);
    const name = readRoomName(body.name);
    const template = await templates.forAddedRoom(body.template, (await deps.workshops.workshop(id)).templateId);
    return reply.status(201).send(await admin.addRoom(id, name, template, by));
  });

  app.patch('/api/workshops/:id/rooms/:roomId', async (req) => {
    const { id, roomId } = await facilitator(req);
    return admin.renameRoom(id, roomId!, readRoomName(bodyOf(req).name));
  });

  app.delete('/api/workshops/:id/rooms/:roomId', async (req, reply) => {
    const { id, roomId } = await facilitator(req);
    await admin.removeRoom(id, roomId!);
    return reply.status(204).send();
  });

  app.put('/api/workshops/:id/participants/:participantId/room', async (req) => {
    const { id, participantId } = await facilitator(req);
    const roomId = bodyOf(req).roomId;
    if (typeof roomId !== 'string') throw new AppError('invalid_request', 'Say which room: { "roomId": "…" }.');
    return deps.workshops.move(id, participantId!, roomId);
  });

  app.delete('/api/workshops/:id/participants/:participantId', async (req, reply) => {
    const { id, participantId, by } = await facilitator(req);
    await deps.workshops.remove(id, participantId!, by);
    return reply.status(204).send();
  });

  app.post('/api/workshops/:id/join-code', async (req) => admin.rotateJoinCode((await facilitator(req)).id));

  app.post('/api/workshops/:id/invites', async (req) => {
    const { id } = await facilitator(req);
    const role = bodyOf(req).role;
    if (role !== 'facilitator' && role !== 'observer') throw new AppError('invalid_request', 'The role must be "facilitator" or "observer".');
    return admin.rotateInvite(id, role);
  });

  app.post('/api/workshops/:id/broadcast', async (req) => {
    const { id } = await facilitator(req);
    const text = bodyOf(req).text;
    if (typeof text !== 'string') throw new AppError('invalid_request', 'Send the message as { "text": "…" } (empty to take it down).');
    return admin.broadcast(id, cleanText(text, BROADCAST_MAX));
  });

  app.post('/api/workshops/:id/plenary/copy', heavy, async (req) => {
    const { id } = await facilitator(req);
    const body = bodyOf(req);
    if (typeof body.roomId !== 'string') throw new AppError('invalid_request', 'Say which room to bring back: { "roomId": "…" }.');
    const ids = body.noteIds;
    if (ids !== undefined && (!Array.isArray(ids) || !ids.every((n) => typeof n === 'string'))) {
      throw new AppError('invalid_request', 'The noteIds field must be a list of note ids.');
    }
    return copyToPlenary(deps.workshops, id, body.roomId, ids as string[] | undefined);
  });
}
