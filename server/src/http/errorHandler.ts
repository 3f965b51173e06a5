import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from './AppError.js';

/** Fastify's own errors (bad JSON, body too large, rate limit…) mapped onto our codes. */
function toAppError(err: FastifyError): AppError {
  if (err instanceof AppError) return err;
  const status = err.statusCode ?? 500;
  if (status === 413) return new AppError('payload_too_large', 'The request body is too large.');
  if (status === 429) return new AppError('too_many_requests', 'Too many attempts; wait a minute and try again.');
  if (status === 415) return new AppError('invalid_request', 'Send the request body as JSON (Content-Type: application/json).');
  if (err.validation) return new AppError('invalid_request', `Invalid request: ${err.message}.`);
  if (status >= 400 && status < 500) return new AppError('invalid_request', `Invalid request: ${err.message}`);
  return new AppError('internal', 'Something went wrong on the server; nothing you sent was lost. Please try again.');
}

/** Every HTTP error answers `{ error: { code, message } }`; server faults are logged, never shown. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const appError = toAppError(err);
    if (appError.statusCode >= 500) req.log.error({ err }, 'request failed');
    void reply.status(appError.statusCode).headers(appError.headers).send(appError.toBody());
  });
}
