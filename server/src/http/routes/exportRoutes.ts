import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TokenService } from '../../auth/TokenService.js';
import { isEntryId, NAME_MAX, templateLanguage } from '@essaim/shared';
import { contentDisposition } from '../../export/downloadName.js';
import type { ExportFile, ExportService } from '../../export/ExportService.js';
import type { Paper, ReportLang } from '../../export/reportTasks.js';
import type { WorkshopImport } from '../../export/WorkshopImport.js';
import { ActionBudget } from '../ActionBudget.js';
import { AppError } from '../AppError.js';
import { cleanText } from '../cleanText.js';
import { requireIdentity } from '../requireIdentity.js';

/** Exports one person may ask for a minute: a facilitator exports a few times a session, a loop gets 429. */
const EXPORTS_PER_MINUTE = 20;
/** Rooms a `rooms=` list may name. */
const ROOMS_ASKED_MAX = 50;

type Query = Record<string, string | undefined>;

/** The query as strings: a parameter given twice (an array) or in brackets is no export's. */
function readQuery(req: FastifyRequest): Query {
  const query = req.query as Record<string, unknown>;
  const repeated = Object.keys(query).find((k) => typeof query[k] !== 'string');
  if (repeated !== undefined) throw new AppError('invalid_request', `The ${repeated.slice(0, 20)} parameter must be given once.`);
  return query as Query;
}
type Params = { id: string; roomId?: string };

function readRooms(value: string | undefined): string[] | 'all' {
  if (value === undefined || value === '' || value === 'all') return 'all';
  const ids = [...new Set(value.split(',').map((id) => id.trim()))];
  if (ids.length > ROOMS_ASKED_MAX || !ids.every(isEntryId)) {
    throw new AppError('invalid_request', 'The rooms parameter must be "all" or room ids separated by commas.');
  }
  return ids;
}

function readPaper(value: string | undefined): Paper {
  if (value === undefined || value === 'a4' || value === 'a3') return value ?? 'a4';
  throw new AppError('invalid_request', 'The paper parameter must be "a4" or "a3".');
}

function readLang(req: FastifyRequest, value: string | undefined): ReportLang {
  if (value === 'fr' || value === 'en') return value;
  if (value !== undefined) throw new AppError('invalid_request', 'The lang parameter must be "fr" or "en".');
  return templateLanguage(req.headers['accept-language']);
}

function readScale(value: string | undefined): number {
  if (value === undefined) return 1;
  const scale = Number(value);
  if (value.trim() === '' || !Number.isFinite(scale) || scale < 0.1 || scale > 4) {
    throw new AppError('invalid_request', 'The scale parameter must be a number from 0.1 to 4.');
  }
  return scale;
}

function readSep(value: string | undefined): ';' | ',' {
  if (value === undefined || value === ';' || value === ',') return value ?? ';';
  throw new AppError('invalid_request', 'The sep parameter must be ";" or ",".');
}

function send(reply: FastifyReply, file: ExportFile): FastifyReply {
  if (file.scale !== undefined) void reply.header('x-essaim-scale', String(file.scale));
  return reply
    .header('content-disposition', contentDisposition(file.filename))
    .header('cache-control', 'no-store')
    .type(file.type)
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

/** The workshop report and backup (docs/API.md, « Exports and import »). */
export async function exportRoutes(
  app: FastifyInstance,
  deps: { exports: ExportService; imports: WorkshopImport; tokens: TokenService; maxImportBytes: number; importRateLimit: number },
): Promise<void> {
  const budget = new ActionBudget(EXPORTS_PER_MINUTE, 'exports');
  /**
   * The caller, if they may export this workshop, and what they ask for, read from the query before
   * their export is counted: a mistyped parameter costs nothing.
   */
  const exporter = async <T>(req: FastifyRequest, read: (q: Query) => T, what: 'report' | 'backup' = 'report'): Promise<Params & { asked: T }> => {
    const params = req.params as Params;
    const identity = await requireIdentity(req, deps.tokens);
    await deps.exports.mayExport(identity, params.id, what);
    const asked = read(readQuery(req));
    budget.spend(identity.participantId);
    return { ...params, asked };
  };

  app.get('/api/workshops/:id/export.pdf', async (req, reply) => {
    const { id, asked } = await exporter(req, (q) => ({ rooms: readRooms(q.rooms), paper: readPaper(q.paper), lang: readLang(req, q.lang) }));
    return send(reply, await deps.exports.pdf(id, asked.rooms, asked.paper, asked.lang));
  });

  app.get('/api/workshops/:id/rooms/:roomId/export.png', async (req, reply) => {
    const { id, roomId, asked } = await exporter(req, (q) => ({ scale: readScale(q.scale), lang: readLang(req, q.lang) }));
    return send(reply, await deps.exports.png(id, roomId!, asked.scale, asked.lang));
  });

  app.get('/api/workshops/:id/export.csv', async (req, reply) => {
    const { id, asked } = await exporter(req, (q) => ({ sep: readSep(q.sep), lang: readLang(req, q.lang) }));
    return send(reply, await deps.exports.csv(id, asked.sep, asked.lang));
  });

  app.get('/api/workshops/:id/export.json', async (req, reply) => {
    const { id } = await exporter(req, () => null, 'backup');
    return send(reply, await deps.exports.json(id));
  });

  // The backup arrives as text: it is parsed and checked in a worker thread, not on the event loop.
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: deps.maxImportBytes }, (_req, body, done) => done(null, body));
  app.post('/api/workshops/import', { bodyLimit: deps.maxImportBytes, config: { rateLimit: { max: deps.importRateLimit, timeWindow: '1 minute' } } }, async (req, reply) => {
    const text = typeof req.body === 'string' ? req.body : '';
    if (!text.trim()) throw new AppError('invalid_backup', 'This file cannot be imported. It is empty: send the JSON file an export gave.');
    const name = cleanText(readQuery(req).name, NAME_MAX) || 'Animation';
    const created = await deps.imports.import(text, name);
    req.log.info({ workshopId: created.workshopId, rooms: created.rooms.length }, 'workshop imported');
    return reply.status(201).send(created);
  });
}
