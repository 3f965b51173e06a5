import { existsSync } from 'node:fs';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { TokenService } from './auth/TokenService.js';
import { databaseFile, type Config } from './config.js';
import { AppError } from './http/AppError.js';
import { originChecker } from './http/checkOrigin.js';
import { JoinGuard } from './http/JoinGuard.js';
import { checkSyncUrl } from './http/checkSyncUrl.js';
import { CONTENT_SECURITY_POLICY } from './http/contentSecurityPolicy.js';
import { registerErrorHandler } from './http/errorHandler.js';
import { RequestLog } from './http/RequestLog.js';
import { attentionRoutes } from './http/routes/attentionRoutes.js';
import { exportRoutes } from './http/routes/exportRoutes.js';
import { ExportService } from './export/ExportService.js';
import { ReportWorkers } from './export/ReportWorkers.js';
import { WorkshopImport } from './export/WorkshopImport.js';
import { configRoutes } from './http/routes/configRoutes.js';
import { healthRoutes } from './http/routes/healthRoutes.js';
import { joinRoutes } from './http/routes/joinRoutes.js';
import { privatePhaseRoutes } from './http/routes/privatePhaseRoutes.js';
import { runnerRoutes } from './http/routes/runnerRoutes.js';
import { voteRoutes } from './http/routes/voteRoutes.js';
import { sessionRoutes } from './http/routes/sessionRoutes.js';
import { boardRewriteLimit } from './http/boardRewriteLimit.js';
import { templateRoutes } from './http/routes/templateRoutes.js';
import { timerRoutes } from './http/routes/timerRoutes.js';
import { workshopAdminRoutes } from './http/routes/workshopAdminRoutes.js';
import { workshopRoutes } from './http/routes/workshopRoutes.js';
import { redactUrl } from './http/redactUrl.js';
import { scrubbedStream } from './http/scrubbedStream.js';
import { SqliteStorage } from './storage/SqliteStorage.js';
import type { Storage } from './storage/Storage.js';
import { RoomManager } from './sync/RoomManager.js';
import { syncRoutes } from './sync/syncRoutes.js';
import { TemplateCatalog } from './workshops/TemplateCatalog.js';
import { PrivatePhases } from './workshops/PrivatePhases.js';
import { WorkshopRunner } from './workshops/WorkshopRunner.js';
import { WorkshopService } from './workshops/WorkshopService.js';
import { WorkshopTimers } from './workshops/WorkshopTimers.js';
import { VoteService } from './workshops/VoteService.js';

export interface EssaimApp {
  app: FastifyInstance;
  storage: Storage;
  rooms: RoomManager;
  tokens: TokenService;
  workshops: WorkshopService;
}

export interface BuildOptions {
  /** where log lines go (stdout by default); tests read them to check what is logged */
  logStream?: NodeJS.WritableStream;
}

/** Builds the whole server without listening; `main.ts` listens, tests use an ephemeral port. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<EssaimApp> {
  const clientDir = config.clientDir && existsSync(config.clientDir) ? config.clientDir : null;
  const app = Fastify({
    bodyLimit: 64 * 1024,
    // Behind a reverse proxy, the client's address (the join budgets count per address) is in X-Forwarded-For.
    trustProxy: config.trustProxy,
    logger: {
      level: config.logLevel,
      stream: scrubbedStream(options.logStream ?? process.stdout),
      // Tokens travel in the sync URL: never let one reach the logs (`path`: @fastify/websocket logs raw URLs under it).
      serializers: {
        req: (req) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
        path: (path: unknown) => (typeof path === 'string' ? redactUrl(path) : path),
      },
    },
    logController: new RequestLog(clientDir !== null),
    // A malformed or overlong URL: our own error body, which does not quote the URL back.
    frameworkErrors: (_err, _req, reply) => {
      const err = new AppError('invalid_request', 'The address of this request is malformed or too long.');
      void (reply as FastifyReply).status(err.statusCode).send(err.toBody());
    },
  });
  const storage = new SqliteStorage(databaseFile(config), { synchronous: config.sqliteSynchronous });
  const tokens = await TokenService.create(storage);
  const rooms = new RoomManager(storage, app.log, config);
  const workshops = new WorkshopService(storage, tokens, rooms);
  const templates = new TemplateCatalog(storage);

  registerErrorHandler(app);
  // Registered before the WebSocket plugin so rooms are flushed before its sockets are cut.
  app.addHook('preClose', async () => rooms.closeAll());
  app.addHook('onClose', async () => storage.close());

  app.addHook('onRequest', originChecker(config.publicUrl));
  app.addHook('onRequest', checkSyncUrl);
  await app.register(fastifyHelmet, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyWebsocket, { options: { maxPayload: config.maxPayload } });
  await app.register(healthRoutes, { rooms });
  await app.register(configRoutes, { publicUrl: config.publicUrl });
  await app.register(workshopRoutes, { workshops, templates, rateLimit: config.createRateLimit });
  // one budget a person for every whole-board request, whichever route
  const boardRewrite = boardRewriteLimit(config.boardRewriteRateLimit);
  await app.register(workshopAdminRoutes, { workshops, templates, boardRewrite });
  await app.register(templateRoutes, { workshops, templates, boardRewrite });
  const guard = new JoinGuard({
    wrongPerAddress: config.wrongCodeRateLimit,
    wrongGlobal: config.wrongCodeGlobalLimit,
    joinsPerAddress: config.joinRateLimit,
  });
  await app.register(joinRoutes, { workshops, guard });
  await app.register(sessionRoutes, { workshops });
  // one of each service for its routes and the runner's steps
  const timers = new WorkshopTimers(workshops);
  const phases = new PrivatePhases(workshops);
  await app.register(timerRoutes, { workshops, timers });
  await app.register(privatePhaseRoutes, { workshops, phases });
  await app.register(attentionRoutes, { workshops });
  await app.register(runnerRoutes, { workshops, runner: new WorkshopRunner(workshops, timers, phases) });
  await app.register(voteRoutes, { workshops, votes: new VoteService(workshops, timers, app.log) });
  const workers = new ReportWorkers(config.exportWorkers, app.log);
  app.addHook('onClose', async () => workers.close());
  await app.register(exportRoutes, {
    exports: new ExportService(workshops, workers, app.log),
    imports: new WorkshopImport(workshops, workers, config.maxBoardBytes),
    tokens,
    maxImportBytes: config.maxImportBytes,
    importRateLimit: config.importRateLimit,
  });
  await app.register(syncRoutes, { storage, tokens, rooms });

  if (clientDir) {
    await app.register(fastifyStatic, {
      root: clientDir,
      // Source maps would hand out the client's sources: never served, even if a build left some.
      allowedPath: (path) => !/\.map$/i.test(path),
      // Built assets have content hashes in their names; index.html must always be fresh.
      setHeaders: (res, path) => {
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const isAsset = path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path);
    if (clientDir && req.method === 'GET' && !isAsset && !path.startsWith('/api/') && !path.startsWith('/sync/')) {
      // Client-side routes (/atelier/…, /rejoindre/…) all load the single-page app.
      return reply.sendFile('index.html');
    }
    const err = new AppError('not_found', `Nothing at ${req.method} ${redactUrl(req.url)}.`);
    return reply.status(err.statusCode).send(err.toBody());
  });

  return { app, storage, rooms, tokens, workshops };
}
