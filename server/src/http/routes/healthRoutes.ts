import type { FastifyInstance } from 'fastify';
import type { RoomManager } from '../../sync/RoomManager.js';

/**
 * `GET /healthz`: 200 once the storage is open and the routes are ready, with how many boards
 * are loaded and how many sockets are open — what an operator watches (and what the benchmarks
 * read to check that rooms are freed once everybody has left).
 */
export async function healthRoutes(app: FastifyInstance, opts: { rooms: RoomManager }): Promise<void> {
  app.get('/healthz', async () => {
    let connections = 0;
    for (const _ of opts.rooms.allConnections()) connections++;
    return { status: 'ok', rooms: opts.rooms.loadedRooms, connections };
  });
}
