import type { FastifyRequest } from 'fastify';
import type { Identity, TokenService } from '../auth/TokenService.js';
import { AppError } from './AppError.js';

/** The identity behind `Authorization: Bearer <token>`, or 401. */
export async function requireIdentity(req: FastifyRequest, tokens: TokenService): Promise<Identity> {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  const identity = await tokens.verify(token);
  if (!identity) throw new AppError('unauthorized', 'This link or session is no longer valid; join again with the code.');
  return identity;
}

/** A facilitator of this very workshop, or 401/403. */
export async function requireFacilitator(req: FastifyRequest, tokens: TokenService, workshopId: string): Promise<Identity> {
  const identity = await requireIdentity(req, tokens);
  if (identity.workshopId !== workshopId || identity.role !== 'facilitator') {
    throw new AppError('forbidden', 'Only the facilitators of this workshop can do that.');
  }
  return identity;
}

/** Anyone of this very workshop (participant, observer, facilitator), or 401/403. */
export async function requireMember(req: FastifyRequest, tokens: TokenService, workshopId: string): Promise<Identity> {
  const identity = await requireIdentity(req, tokens);
  if (identity.workshopId !== workshopId) throw new AppError('forbidden', 'This token is for another workshop.');
  return identity;
}
