import { isIP } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './AppError.js';
import { refuseRequest } from './refuseRequest.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browsers say where a request comes from; a page on another site must not open our
 * WebSockets (they carry a token in the URL) nor call the API on someone's behalf. Requests
 * without an `Origin` (scripts, other servers, the Node provider) are not from a browser page
 * and pass. The expected origin is `publicUrl`'s, or, when none is configured, the request's
 * own host. With a `publicUrl`, a page of the host it asks may still come in when that host is
 * an address or `localhost` (the facilitator on the server machine or on its network address):
 * no other site can put those in a Host header, whereas any domain could be pointed here.
 */
export function originChecker(publicUrl: string | null) {
  const expected = publicUrl ? new URL(publicUrl).origin : null;
  return async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const isUpgrade = (req.headers.upgrade ?? '').toLowerCase() === 'websocket';
    if (SAFE_METHODS.has(req.method) && !isUpgrade) return undefined;
    const origin = req.headers.origin;
    if (origin === undefined) return undefined;
    let allowed: boolean;
    try {
      const from = new URL(origin);
      const sameHost = from.host === req.headers.host;
      allowed = expected ? origin === expected || (sameHost && isAddressHost(from.hostname)) : sameHost;
    } catch {
      allowed = false;
    }
    if (allowed) return undefined;
    req.log.warn({ origin, method: req.method }, 'refused a request from a foreign origin');
    return refuseRequest(req, reply, new AppError('forbidden', 'Requests from other sites are not accepted.'));
  };
}

/** An IP address or `localhost`: a name no DNS answer can bring to this server from another site. */
function isAddressHost(hostname: string): boolean {
  return hostname === 'localhost' || isIP(hostname.replace(/^\[|\]$/g, '')) !== 0;
}
