import { WebSocket } from 'ws';

/** What a browser page on `origin` gets when it opens a board's socket: the HTTP status, or 101. */
export function upgradeFrom(wsUrl: string, docName: string, token: string, origin: string, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsUrl}/${docName}?token=${encodeURIComponent(token)}`, { origin, ...(host ? { headers: { host } } : {}) });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', reject);
  });
}
