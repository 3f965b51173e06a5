import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** The HTTP answer written straight on the socket: no router, no hooks, no request log lines. */
export interface RawRefusal {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Puts `refuse` in front of the server's WebSocket upgrades: a request it answers is written
 * its refusal and closed, before the router (and its two log lines per request) ever sees it;
 * the others go on to the listeners already there (@fastify/websocket's). For a client opening
 * sockets in a loop, what each try costs the server is then a URL lookup. Returns the undo.
 */
export function gateUpgrades(server: Server, refuse: (req: IncomingMessage) => RawRefusal | null): () => void {
  const inner = server.listeners('upgrade') as UpgradeListener[];
  server.removeAllListeners('upgrade');
  const gate: UpgradeListener = (req, socket, head) => {
    const refusal = refuse(req);
    if (!refusal) {
      for (const listener of inner) listener.call(server, req, socket, head);
      return;
    }
    socket.on('error', () => {});
    socket.end(rawResponse(refusal));
  };
  server.on('upgrade', gate);
  return () => {
    server.removeListener('upgrade', gate);
    for (const listener of inner) server.on('upgrade', listener);
  };
}

function rawResponse({ status, statusText, headers, body }: RawRefusal): string {
  const lines = [`HTTP/1.1 ${status} ${statusText}`, 'Connection: close', 'Content-Type: application/json; charset=utf-8', `Content-Length: ${Buffer.byteLength(body)}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** The `token` of a sync URL in its one valid spelling (`/sync/<docName>?token=<token>`), or null. */
export function syncUrlToken(url: string | undefined): string | null {
  if (!url?.startsWith('/sync/')) return null;
  const q = url.indexOf('?token=');
  if (q === -1) return null;
  try {
    return decodeURIComponent(url.slice(q + '?token='.length));
  } catch {
    return null;
  }
}
