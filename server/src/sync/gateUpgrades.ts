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

/**
 * The `token` of a sync URL as the router reads it — path and parameter names decoded, so
 * `/%73ync/…?%74oken=…` is the same — or null when the URL is not a sync URL with a token.
 */
export function syncUrlToken(url: string | undefined): string | null {
  if (!url) return null;
  const q = url.indexOf('?');
  let path: string;
  try {
    path = decodeURIComponent(q === -1 ? url : url.slice(0, q));
  } catch {
    return null;
  }
  if (!path.startsWith('/sync/') || q === -1) return null;
  return new URLSearchParams(url.slice(q + 1)).get('token');
}
