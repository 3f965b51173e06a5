import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from './AppError.js';

/**
 * Answers `err` from an `onRequest` hook and stops the request there: no route, no upgrade.
 * Returning the reply it gives back is what stops Fastify.
 */
export function refuseRequest(req: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  // An upgrade's socket is no longer the HTTP server's to close: end it once the answer is out.
  if ((req.headers.upgrade ?? '').toLowerCase() === 'websocket') reply.raw.once('finish', () => req.raw.socket.destroy());
  return reply.status(err.statusCode).header('connection', 'close').send(err.toBody());
}
