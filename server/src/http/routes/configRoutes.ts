import type { FastifyInstance } from 'fastify';
import type { ClientConfig } from '@essaim/shared';

/**
 * `GET /api/config`: what the web client needs of the server's settings — the address people
 * open (`PUBLIC_URL`), on which the share panel builds invitation links and QR codes.
 */
export async function configRoutes(app: FastifyInstance, opts: { publicUrl: string | null }): Promise<void> {
  const body: ClientConfig = { publicUrl: opts.publicUrl };
  app.get('/api/config', async () => body);
}
