import type { FastifyInstance } from 'fastify';

/** `GET /healthz`: 200 once the storage is open and the routes are ready. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));
}
