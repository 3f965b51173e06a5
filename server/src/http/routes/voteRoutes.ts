import type { FastifyInstance } from 'fastify';
import {
  isEntryId,
  VOTE_DEFAULTS,
  VOTE_DOTS_MAX,
  VOTE_DURATION_MAX,
  VOTE_KEEP_MAX,
  VOTE_NOTE_IDS_MAX,
  VOTE_RESULTS_VISIBLE,
  type ResultsVisible,
  type VoteKeepRequest,
} from '@essaim/shared';
import type { VoteService, VoteStart } from '../../workshops/VoteService.js';
import type { WorkshopService } from '../../workshops/WorkshopService.js';
import { ActionBudget } from '../ActionBudget.js';
import { AppError } from '../AppError.js';
import { bodyOf, readBoolean, readRoomIds } from '../readBody.js';
import { requireFacilitator, requireMember } from '../requireIdentity.js';

/** A facilitator's openings, closes, shares and « Garder » a minute. */
const VOTE_ACTIONS_PER_MINUTE = 60;
/** A person's dots put or taken back a minute: 99 dots and second thoughts, far from a loop's pace. */
const DOTS_PER_MINUTE = 600;
/** A person's reads of a round a minute (a page reads it when it opens, regains focus, or a dotted note goes). */
const READS_PER_MINUTE = 600;

type Params = { id: string; voteId: string };
type DotParams = Params & { noteId: string };

const START_FIELDS = new Set(['roomIds', 'noteIds', 'frameId', 'groupId', 'dotsPerPerson', 'maxPerNote', 'anonymous', 'resultsVisible', 'durationSeconds']);

function readId(value: unknown, field: string): string {
  if (!isEntryId(value)) throw new AppError('invalid_request', `The ${field} field must be an id (letters, digits, - and _, at most 64).`);
  return value;
}

function readWhole(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new AppError('invalid_request', `The ${field} field must be a whole number from ${min} to ${max}.`);
  }
  return value as number;
}

function readVoteStart(body: Record<string, unknown>): VoteStart {
  const unknown = Object.keys(body).find((k) => !START_FIELDS.has(k));
  if (unknown !== undefined) throw new AppError('invalid_request', `Unknown field "${unknown.slice(0, 40)}".`);
  const scopes = ['noteIds', 'frameId', 'groupId'].filter((k) => body[k] !== undefined);
  if (scopes.length > 1) throw new AppError('invalid_request', 'Give one scope at most: noteIds, frameId or groupId (none: the whole board).');
  const dotsPerPerson = readWhole(body.dotsPerPerson, 'dotsPerPerson', 1, VOTE_DOTS_MAX) ?? VOTE_DEFAULTS.dotsPerPerson;
  const maxPerNote = readWhole(body.maxPerNote, 'maxPerNote', 1, VOTE_DOTS_MAX) ?? Math.min(VOTE_DEFAULTS.maxPerNote, dotsPerPerson);
  if (maxPerNote > dotsPerPerson) throw new AppError('invalid_request', 'The maxPerNote field cannot be more than dotsPerPerson.');
  const resultsVisible = body.resultsVisible ?? VOTE_DEFAULTS.resultsVisible;
  if (!VOTE_RESULTS_VISIBLE.includes(resultsVisible as ResultsVisible)) throw new AppError('invalid_request', 'The resultsVisible field must be "live" or "after".');
  const start: VoteStart = {
    dotsPerPerson,
    maxPerNote,
    anonymous: readBoolean(body.anonymous, 'anonymous') ?? VOTE_DEFAULTS.anonymous,
    resultsVisible: resultsVisible as ResultsVisible,
    durationSeconds: readWhole(body.durationSeconds, 'durationSeconds', 1, VOTE_DURATION_MAX) ?? null,
  };
  const roomIds = readRoomIds(body.roomIds);
  if (roomIds) start.roomIds = roomIds;
  if (body.frameId !== undefined) start.frameId = readId(body.frameId, 'frameId');
  if (body.groupId !== undefined) start.groupId = readId(body.groupId, 'groupId');
  if (body.noteIds !== undefined) {
    if (!Array.isArray(body.noteIds) || body.noteIds.length === 0 || body.noteIds.length > VOTE_NOTE_IDS_MAX) {
      throw new AppError('invalid_request', `The noteIds field must be a list of 1 to ${VOTE_NOTE_IDS_MAX} note ids.`);
    }
    start.noteIds = body.noteIds.map((id) => readId(id, 'noteIds'));
  }
  return start;
}

function readKeep(body: Record<string, unknown>): VoteKeepRequest {
  if (!Array.isArray(body.noteIds) || body.noteIds.length === 0 || body.noteIds.length > VOTE_KEEP_MAX) {
    throw new AppError('invalid_request', `The noteIds field must be a list of 1 to ${VOTE_KEEP_MAX} note ids, best first.`);
  }
  if (body.mode !== 'copy' && body.mode !== 'move') throw new AppError('invalid_request', 'The mode must be "copy" or "move".');
  const keep: VoteKeepRequest = { noteIds: [...new Set(body.noteIds.map((id) => readId(id, 'noteIds')))], mode: body.mode };
  if (body.frameId !== undefined) keep.frameId = readId(body.frameId, 'frameId');
  if (body.roomId !== undefined) keep.roomId = readId(body.roomId, 'roomId');
  return keep;
}

/** Dot voting (docs/API.md, « Dot voting »): facilitators open, close and keep; participants vote, one dot a request. */
export async function voteRoutes(app: FastifyInstance, deps: { workshops: WorkshopService; votes: VoteService }): Promise<void> {
  const actions = new ActionBudget(VOTE_ACTIONS_PER_MINUTE, 'vote actions');
  const dots = new ActionBudget(DOTS_PER_MINUTE, 'dots');
  const reads = new ActionBudget(READS_PER_MINUTE, 'vote reads');
  const tokens = deps.workshops.tokens;
  app.addHook('onClose', async () => deps.votes.shutdown());

  app.post('/api/workshops/:id/votes', async (req, reply) => {
    const { id } = req.params as Params;
    const { participantId } = await requireFacilitator(req, tokens, id);
    actions.spend(participantId);
    const answer = await deps.votes.start(id, readVoteStart(bodyOf(req)), participantId);
    return reply.code(201).send(answer);
  });

  app.get('/api/workshops/:id/votes/:voteId', async (req) => {
    const { id, voteId } = req.params as Params;
    const identity = await requireMember(req, tokens, id);
    reads.spend(identity.participantId);
    return deps.votes.read(id, voteId, identity);
  });

  app.patch('/api/workshops/:id/votes/:voteId', async (req) => {
    const { id, voteId } = req.params as Params;
    const identity = await requireFacilitator(req, tokens, id);
    actions.spend(identity.participantId);
    const body = bodyOf(req);
    const shared = readBoolean(body.votersShared, 'votersShared');
    if (shared === undefined || Object.keys(body).length !== 1) throw new AppError('invalid_request', 'Send { "votersShared": true | false }.');
    return deps.votes.share(id, voteId, shared, identity);
  });

  app.post('/api/workshops/:id/votes/:voteId/dots', async (req) => {
    const { id, voteId } = req.params as Params;
    const identity = await requireMember(req, tokens, id);
    dots.spend(identity.participantId);
    return deps.votes.dot(id, voteId, identity, readId(bodyOf(req).noteId, 'noteId'), 1);
  });

  app.delete('/api/workshops/:id/votes/:voteId/dots/:noteId', async (req) => {
    const { id, voteId, noteId } = req.params as DotParams;
    const identity = await requireMember(req, tokens, id);
    dots.spend(identity.participantId);
    return deps.votes.dot(id, voteId, identity, readId(noteId, 'noteId'), -1);
  });

  app.post('/api/workshops/:id/votes/:voteId/close', async (req) => {
    const { id, voteId } = req.params as Params;
    const { participantId } = await requireFacilitator(req, tokens, id);
    actions.spend(participantId);
    return deps.votes.close(id, voteId);
  });

  app.post('/api/workshops/:id/votes/:voteId/keep', async (req) => {
    const { id, voteId } = req.params as Params;
    const identity = await requireFacilitator(req, tokens, id);
    actions.spend(identity.participantId);
    return deps.votes.keep(id, voteId, readKeep(bodyOf(req)), identity);
  });
}
