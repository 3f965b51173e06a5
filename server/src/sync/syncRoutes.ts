import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { CLOSE_CODES, declaredSchema, mayOpenRoom, parseDocName, SCHEMA_PARAM, SCHEMA_VERSION } from '@essaim/shared';
import type { Identity, TokenService } from '../auth/TokenService.js';
import { AppError } from '../http/AppError.js';
import { refuseRequest } from '../http/refuseRequest.js';
import type { Storage } from '../storage/Storage.js';
import { Connection } from './Connection.js';
import type { SocketRefusal } from './PersonBudgets.js';
import { gateUpgrades, syncUrlToken, type RawRefusal } from './gateUpgrades.js';
import type { KnockingTokens } from './KnockingTokens.js';
import { SummarisedLog } from './SummarisedLog.js';
import { BadMessageError, BoardFullError, RateLimitedError, RefusedChangeError, type Room } from './Room.js';
import type { RoomManager } from './RoomManager.js';

export interface SyncDeps {
  storage: Storage;
  tokens: TokenService;
  rooms: RoomManager;
}

type Access =
  | { ok: true; identity: Identity; docName: string }
  | { ok: false; code: number; reason: string }
  /** a person who keeps opening sockets after being turned away: answered 429 before the upgrade */
  | { ok: false; knocking: true };

declare module 'fastify' {
  interface FastifyRequest {
    syncAccess?: Access;
  }
}

/** Frames a client may send while its room is still loading; more is a flood. */
const MAX_EARLY_FRAMES = 256;

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Who may open this document. A person at their socket cap is turned away right after the
 * token's signature, before any lookup: a loop of sockets opened with one token costs little.
 */
async function checkAccess(deps: SyncDeps, req: FastifyRequest, opening: boolean, knocking?: KnockingTokens): Promise<Access> {
  const docName = (req.params as { '*'?: string })['*'] ?? '';
  const query = req.query as Record<string, unknown>;
  const token = typeof query.token === 'string' ? query.token : undefined;
  const claims = await deps.tokens.readClaims(token);
  const refusal = claims && opening ? deps.rooms.people.refusal(claims.participantId, claims.role) : null;
  if (refusal === 'knocking') {
    knocking?.add(token!, claims!.participantId);
    return { ok: false, knocking: true };
  }
  if (refusal) return { ok: false, code: refusalCode(refusal), reason: refusal };
  const identity = claims && (await deps.tokens.identify(claims));
  if (!identity) return { ok: false, code: CLOSE_CODES.Unauthorized, reason: 'invalid or missing token' };
  const ref = parseDocName(docName);
  // someone else's drafts: refused before anything, even whether the room exists (a drafts document is its author's alone)
  if (ref?.kind === 'drafts' && (identity.participantId !== ref.participantId || identity.role === 'observer')) {
    return { ok: false, code: CLOSE_CODES.Forbidden, reason: 'drafts open to their author only' };
  }
  const workshop = ref && (await deps.storage.getWorkshop(ref.workshopId));
  const room = ref && ref.kind !== 'workshop' ? workshop?.rooms.find((r) => r.id === ref.roomId && !r.archived) : undefined;
  if (!ref || !workshop || (ref.kind !== 'workshop' && !room)) {
    return { ok: false, code: CLOSE_CODES.UnknownDocument, reason: 'unknown document' };
  }
  if (identity.workshopId !== ref.workshopId) return { ok: false, code: CLOSE_CODES.Forbidden, reason: 'not your workshop' };
  if (room && !mayOpenRoom(identity.participant, room, workshop.plenaryOpen)) {
    return { ok: false, code: CLOSE_CODES.Forbidden, reason: 'not your room' };
  }
  // Every board this server opens is migrated to SCHEMA_VERSION as it loads; a client built for an
  // older one could drop fields it does not know, so it hears nothing and writes nothing.
  const schema = declaredSchema(query[SCHEMA_PARAM]);
  if (ref.kind !== 'workshop' && schema !== null && schema < SCHEMA_VERSION) {
    return { ok: false, code: CLOSE_CODES.SchemaOutdated, reason: `client built for board schema ${schema}, the board is at ${SCHEMA_VERSION}` };
  }
  return { ok: true, identity, docName };
}

/** One answer for every refused knock: made once, it costs no stack trace per attempt. */
const KNOCKING = new AppError('too_many_requests', 'Too many sockets opened after being turned away: wait a second.');
const KNOCKING_RAW: RawRefusal = { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '1' }, body: JSON.stringify(KNOCKING.toBody()) };

const refusalCode = (refusal: SocketRefusal): number =>
  refusal === 'too many sockets' ? CLOSE_CODES.TooManySockets : CLOSE_CODES.RateLimited;

/** `GET /sync/<docName>?token=…&schema=…`: the y-websocket protocol for a room board, a person's drafts or the workshop document. */
export async function syncRoutes(app: FastifyInstance, deps: SyncDeps): Promise<void> {
  const warnings = new SummarisedLog();
  const knocking = deps.rooms.people.knocking;
  // A token that keeps knocking is answered before the router: no signature check (80 µs), no
  // request lines in the log; only a well-signed token is ever remembered there.
  const ungate = gateUpgrades(app.server, (req) => {
    const token = syncUrlToken(req.url);
    const participantId = token && knocking.whose(token);
    if (!participantId) return null;
    warnings.warn(app.log, participantId, { participantId }, 'sync refused before the upgrade: too many sockets turned away');
    return KNOCKING_RAW;
  });
  app.addHook('onClose', async () => ungate());
  app.get(
    '/sync/*',
    {
      websocket: true,
      // an upgrade carries no page: the security headers are for the client's files and API
      helmet: false,
      // Runs before the upgrade: the socket opens already knowing who it is.
      onRequest: async (req, reply) => {
        const access = await checkAccess(deps, req, true, knocking);
        if ('knocking' in access) {
          req.log.debug('sync refused before the upgrade: too many sockets turned away');
          reply.header('retry-after', '1');
          return refuseRequest(req, reply, KNOCKING);
        }
        req.syncAccess = access;
        return undefined;
      },
    },
    (socket: WebSocket, req) => {
      const log = req.log;
      socket.on('error', (err) => log.warn({ err: err.message }, 'websocket error'));
      const access = req.syncAccess;
      if (!access || !access.ok || 'knocking' in access) {
        const { code, reason } = access && 'code' in access ? access : { code: CLOSE_CODES.Unauthorized, reason: 'no access check' };
        if (code === CLOSE_CODES.TooManySockets || code === CLOSE_CODES.RateLimited) warnings.warn(log, 'sockets', { code }, `sync refused: ${reason}`);
        else log.info({ code }, `sync refused: ${reason}`);
        socket.close(code, reason);
        return;
      }
      const { identity } = access;
      const budget = deps.rooms.people.open(identity.participantId, identity.role);
      if (typeof budget === 'string') {
        warnings.warn(log, identity.participantId, { participantId: identity.participantId }, `sync refused: ${budget}`);
        socket.close(refusalCode(budget), budget);
        return;
      }
      socket.once('close', () => deps.rooms.people.close(identity.participantId));
      const conn = new Connection(socket, identity, budget);
      const early: Uint8Array[] = [];
      let room: Room | null = null;

      const handle = (data: Uint8Array): void => {
        try {
          room!.receive(conn, data);
        } catch (err) {
          const context = { participantId: conn.participantId, doc: access.docName, reason: (err as Error).message };
          if (err instanceof RateLimitedError) {
            // a strike too: a person whose sockets keep being closed over a limit cannot refill
            // every per-socket budget by reconnecting at once
            budget.refusals.take();
            warnings.warn(log, conn.participantId, context, 'closing connection over its rate limit');
            conn.close(CLOSE_CODES.RateLimited, 'rate limited');
          } else if (err instanceof BoardFullError) {
            warnings.warn(log, conn.participantId, { ...context, maxBoardBytes: deps.rooms.limits.maxBoardBytes }, 'board full: refused a change that adds content');
            conn.close(CLOSE_CODES.BoardFull, 'board full');
          } else if (err instanceof RefusedChangeError) {
            budget.refusals.take();
            warnings.warn(log, conn.participantId, context, 'refused change');
            conn.close(CLOSE_CODES.RefusedChange, 'change refused');
          } else if (err instanceof BadMessageError) {
            budget.refusals.take();
            warnings.warn(log, conn.participantId, context, 'closing connection on bad message');
            conn.close(CLOSE_CODES.BadMessage, 'bad message');
          } else {
            log.error(context, 'closing connection on server error');
            conn.close(CLOSE_CODES.ServerError, 'server error');
          }
        }
      };
      // Attach the message listener before awaiting the room load, or the first sync message is lost.
      socket.on('message', (data, isBinary) => {
        // Frames that were already on their way when the socket was closed: dropped, silently.
        if (!conn.isOpen) return;
        if (!isBinary) return conn.close(CLOSE_CODES.BadMessage, 'binary frames only');
        const bytes = toBytes(data);
        if (room) return handle(bytes);
        if (early.length >= MAX_EARLY_FRAMES) return conn.close(CLOSE_CODES.TooSlow, 'too many frames');
        early.push(bytes);
      });
      // in the room's connections from the join on, though its frames wait for the re-check below
      let member: Room | null = null;
      socket.on('close', () => member?.remove(conn));

      deps.rooms
        .join(access.docName, conn)
        .then(async (joined) => {
          if (!joined) return conn.close(CLOSE_CODES.GoingAway, 'server shutting down');
          member = joined;
          // Rights may have changed while the room loaded (moved, removed, plenary closed); once
          // the connection is in the room, any later change closes it, so one re-check suffices.
          const again = await checkAccess(deps, req, false);
          // closed during the re-check: its close has already taken it out of the room
          if (!conn.isOpen) return;
          if (!again.ok) {
            if (!('code' in again)) return conn.close(CLOSE_CODES.ServerError, 'access check failed');
            log.info({ participantId: conn.participantId, doc: access.docName }, `sync access lost while joining: ${again.reason}`);
            const roomGone = again.code === CLOSE_CODES.Forbidden || again.code === CLOSE_CODES.UnknownDocument;
            return conn.close(roomGone ? CLOSE_CODES.RoomChanged : again.code, again.reason);
          }
          room = joined;
          for (const data of early.splice(0)) if (conn.isOpen) handle(data);
        })
        .catch((err: unknown) => {
          log.error({ err, doc: access.docName }, 'room load failed');
          conn.close(CLOSE_CODES.ServerError, 'room unavailable');
        });
    },
  );
}
