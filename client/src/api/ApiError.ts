import { isErrorCode, type ErrorCode } from '@essaim/shared';

/** `network`: the request never got an answer (offline, server down, DNS…). */
export type ApiErrorCode = ErrorCode | 'network' | 'unknown';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Builds the error from a failed response's status and JSON body (or whatever came instead). */
  static fromResponse(status: number, body: unknown): ApiError {
    const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
    return new ApiError(isErrorCode(code) ? code : 'unknown', status, typeof message === 'string' ? message : `HTTP ${status}`);
  }
}

/** i18n key of the toast for any error thrown by an API call. */
export function apiErrorKey(error: unknown): string {
  if (error instanceof ApiError) return error.code === 'unknown' ? 'errors.generic' : `errors.${error.code}`;
  return 'errors.generic';
}
