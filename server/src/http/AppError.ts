import { ERROR_CODES, type ApiErrorBody, type ErrorCode } from '@essaim/shared';

/** An error with a code from the shared table and a readable message: becomes the HTTP answer. */
export class AppError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** headers the answer carries too (`Retry-After` of a 429) */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.statusCode = ERROR_CODES[code];
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}
