import type { FastifyReply, FastifyRequest } from 'fastify';
import { SCHEMA_PARAM, SCHEMA_PARAM_PATTERN } from '@essaim/shared';
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

/**
 * Why a sync URL is not `/sync/<docName>`, or `/sync/<docName>?token=<token>` with at most one
 * `schema=<version>` beside it (digits only), or null when it is.
 */
export function syncUrlProblem(url: string): string | null {
  // Browsers never send a fragment; a token there would be read from the query parser's odd corner.
  if (url.includes('#')) return 'a sync URL has no fragment';
  const q = url.indexOf('?');
  if (q === -1) return null;
  const names: string[] = [];
  for (const part of url.slice(q + 1).split('&')) {
    const eq = part.indexOf('=');
    const name = eq === -1 ? null : decodedName(part.slice(0, eq));
    if (name === SCHEMA_PARAM && SCHEMA_PARAM_PATTERN.test(part.slice(eq + 1))) names.push(name);
    else if (name === 'token') names.push(name);
    else return PARAMETERS;
  }
  const tokens = names.filter((name) => name === 'token').length;
  return tokens === 1 && names.length - tokens <= 1 ? null : PARAMETERS;
}

const PARAMETERS = `the query of a sync URL is one token=<token>, and at most one ${SCHEMA_PARAM}=<version>`;

/**
 * Refuses, before the upgrade, a sync URL whose token is anywhere but one plain `token`
 * parameter (`#token=`, `??token=`, `token[]=`, `&amp;token=`, two tokens…), or a schema that is
 * not a plain version: 400, not a socket.
 */
export async function checkSyncUrl(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  // The route, not the URL's spelling: `/%73ync/…` reaches the sync route too.
  if (req.routeOptions.url !== '/sync/*') return undefined;
  const problem = syncUrlProblem(req.url);
  if (!problem) return undefined;
  req.log.warn({ problem }, 'refused a malformed sync URL');
  return refuseRequest(req, reply, new AppError('invalid_request', `Open a board at /sync/<docName>?token=<token>&${SCHEMA_PARAM}=<version>: ${problem}.`));
}
