import { isErrorCode, type ErrorCode } from '@essaim/shared';

/** `network`: the request never got an answer (offline, server down, DNS…). */
export type ApiErrorCode = ErrorCode | 'network' | 'unknown';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly status: number,
    message: string,
    /** seconds to wait before trying again (the answer's `Retry-After`), when the server said */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Builds the error from a failed response's status, JSON body (or whatever came instead) and `Retry-After` header. */
  static fromResponse(status: number, body: unknown, retryAfter: string | null = null): ApiError {
    const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
    const wait = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
    return new ApiError(isErrorCode(code) ? code : 'unknown', status, typeof message === 'string' ? message : `HTTP ${status}`, wait);
  }
}

/** i18n key of the toast for any error thrown by an API call. */
export function apiErrorKey(error: unknown): string {
  if (error instanceof ApiError) return error.code === 'unknown' ? 'errors.generic' : `errors.${error.code}`;
  return 'errors.generic';
}

/** Values the error's message interpolates: `seconds` of « réessayez dans N s » (a minute when the server did not say). */
export function apiErrorValues(error: unknown): { seconds: number } {
  return { seconds: error instanceof ApiError && error.retryAfter !== null ? error.retryAfter : 60 };
}
