// Hocuspocus with its defaults and no extension (no persistence, no auth hook), plus a `/stats`
// answer so the benchmark can see how many documents it still holds. PORT from the env.
import { Server } from '@hocuspocus/server';

const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  async onRequest({ request, response, instance }) {
    if (request.url !== '/stats') return;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ rooms: instance.getDocumentsCount(), connections: instance.getConnectionsCount() }));
    // Hocuspocus stops its own handling when a hook rejects with nothing.
    throw null;
  },
});
await server.listen();
