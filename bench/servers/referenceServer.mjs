// The y-websocket reference server, as its own `server.js` sets it up (no persistence), plus a
// `/stats` answer so the benchmark can see how many documents it still holds. PORT from the env.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import { docs, setupWSConnection } from '@y/websocket-server/utils';

const port = Number(process.env.PORT);
const server = createServer((request, response) => {
  if (request.url === '/stats') {
    let connections = 0;
    for (const doc of docs.values()) connections += doc.conns.size;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ rooms: docs.size, connections }));
    return;
  }
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end('ok');
});
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
