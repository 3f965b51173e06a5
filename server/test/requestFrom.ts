import { request as httpRequest } from 'node:http';
import type { Answer } from './request.js';

export interface AnswerFrom<T = unknown> extends Answer<T> {
  /** the `Retry-After` header, in seconds, when there is one */
  retryAfter: number | null;
}

/**
 * A JSON request sent from another loopback address (`127.0.0.2`…): the server sees a different
 * client, as it would people behind different networks, without trusting any header.
 */
export function requestFrom<T = unknown>(
  localAddress: string,
  baseUrl: string,
  path: string,
  opts: { json?: unknown; headers?: Record<string, string> } = {},
): Promise<AnswerFrom<T>> {
  const { hostname, port } = new URL(baseUrl);
  const body = opts.json === undefined ? undefined : JSON.stringify(opts.json);
  const headers = { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...opts.headers };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, localAddress, method: body === undefined ? 'GET' : 'POST', headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const contentType = res.headers['content-type'] ?? '';
        const retryAfter = res.headers['retry-after'];
        resolve({
          status: res.statusCode ?? 0,
          contentType,
          body: (contentType.includes('json') && text ? JSON.parse(text) : text) as T,
          retryAfter: retryAfter === undefined ? null : Number(retryAfter),
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
