import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './AppError.js';
import { refuseRequest } from './refuseRequest.js';

/** The parameter name as the query parser reads it: `%74oken` is `token` to the server too. */
function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Why a sync URL is not `/sync/<docName>` or `/sync/<docName>?token=<token>`, or null when it is. */
export function syncUrlProblem(url: string): string | null {
  // Browsers never send a fragment; a token there would be read from the query parser's odd corner.
  if (url.includes('#')) return 'a sync URL has no fragment';
  const q = url.indexOf('?');
  if (q === -1) return null;
  const query = url.slice(q + 1);
  const eq = query.indexOf('=');
  if (eq === -1 || query.includes('&') || decodedName(query.slice(0, eq)) !== 'token') {
    return 'the only query parameter of a sync URL is one token=<token>';
  }
  return null;
}

/**
 * Refuses, before the upgrade, a sync URL whose token is anywhere but one plain `token`
 * parameter (`#token=`, `??token=`, `token[]=`, `&amp;token=`, two tokens…): 400, not a socket.
 */
export async function checkSyncUrl(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  // The route, not the URL's spelling: `/%73ync/…` reaches the sync route too.
  if (req.routeOptions.url !== '/sync/*') return undefined;
  const problem = syncUrlProblem(req.url);
  if (!problem) return undefined;
  req.log.warn({ problem }, 'refused a malformed sync URL');
  return refuseRequest(req, reply, new AppError('invalid_request', `Open a board at /sync/<docName>?token=<token>: ${problem}.`));
}
