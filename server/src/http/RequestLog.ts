import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * Fastify's lines for each request, except that health checks and the web client's pages and
 * files are logged at `debug`: a load balancer polling `/healthz` and every participant loading
 * the app would otherwise bury the API and sync lines an operator reads. Failures stay loud.
 */
export class RequestLog extends LogController {
  constructor(private readonly servesClient: boolean) {
    super();
  }

  private quiet(request: FastifyRequest): boolean {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/healthz') return true;
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/') && !path.startsWith('/sync/');
    return this.servesClient && isPage;
  }

  override incomingRequest(request: FastifyRequest, reply: FastifyReply, metadata?: Record<string, unknown>): void {
    if (this.quiet(request)) request.log.debug({ req: request }, 'incoming request');
    else super.incomingRequest(request, reply, metadata);
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply, metadata?: Record<string, unknown>): void {
    if (error || !this.quiet(request)) return super.requestCompleted(error, request, reply, metadata);
    // a quiet request that failed (a missing file): its line says which, since its first line was not shown
    if (reply.statusCode >= 400) reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    else reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
