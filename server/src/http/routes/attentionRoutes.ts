import type { FastifyInstance } from 'fastify';
import { FOCUS_KINDS, isEntryId, type AttentionRequest, type FocusKind } from '@essaim/shared';
import { RoomAttentions } from '../../workshops/RoomAttentions.js';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { ActionBudget } from '../ActionBudget.js';
import { AppError } from '../AppError.js';
import { bodyOf, readBoolean } from '../readBody.js';
import { requireFacilitator } from '../requireIdentity.js';

/** Focus and follow-me changes a facilitator may send a minute: a click every half second, far more than a workshop needs. */
const ATTENTION_ACTIONS_PER_MINUTE = 120;
const FIELDS = new Set(['focus', 'follow']);

type Params = { id: string; roomId: string };

function readFocus(value: unknown): AttentionRequest['focus'] {
  if (value === undefined || value === null) return value;
  const kinds = FOCUS_KINDS.map((k) => `"${k}"`).join(', ');
  if (typeof value !== 'object' || Array.isArray(value)) throw new AppError('invalid_request', `The focus must be { "kind", "id" } (kind one of ${kinds}), or null to end it.`);
  const { kind, id, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) throw new AppError('invalid_request', `The focus takes only "kind" and "id", not "${extra.slice(0, 32)}".`);
  if (!FOCUS_KINDS.includes(kind as FocusKind)) throw new AppError('invalid_request', `The focus kind must be one of ${kinds}.`);
  if (!isEntryId(id)) throw new AppError('invalid_request', 'The focus id must be the id of a note, cluster or zone of the room’s board (1 to 64 letters, digits, - or _).');
  return { kind: kind as FocusKind, id };
}

function readAttentionRequest(body: Record<string, unknown>): AttentionRequest {
  const unknown = Object.keys(body).find((k) => !FIELDS.has(k));
  if (unknown !== undefined) throw new AppError('invalid_request', `Unknown field "${unknown.slice(0, 32)}": send { "focus"?, "follow"? }.`);
  const focus = readFocus(body.focus);
  const follow = readBoolean(body.follow, 'follow');
  if (focus === undefined && follow === undefined) throw new AppError('invalid_request', 'Say what changes: { "focus": { "kind", "id" } | null } and/or { "follow": true | false }.');
  return { ...(focus !== undefined ? { focus } : {}), ...(follow !== undefined ? { follow } : {}) };
}

/** Focus and « Suivez-moi » for one room (docs/API.md, « Attention »): its facilitators set them, every screen of the room reads them in the workshop document. */
export async function attentionRoutes(app: FastifyInstance, deps: { workshops: WorkshopService }): Promise<void> {
  const attentions = new RoomAttentions(deps.workshops);
  const actions = new ActionBudget(ATTENTION_ACTIONS_PER_MINUTE, 'focus and follow changes');

  app.put('/api/workshops/:id/rooms/:roomId/attention', async (req) => {
    const { id, roomId } = req.params as Params;
    const { participantId } = await requireFacilitator(req, deps.workshops.tokens, id);
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
      throw new AppError('invalid_request', 'Send a JSON object: { "focus"?, "follow"? }.');
    }
    const request = readAttentionRequest(bodyOf(req));
    actions.spend(participantId);
    return attentions.set(id, roomId, request, participantId);
  });
}
