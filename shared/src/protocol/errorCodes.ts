/**
 * Error codes of the HTTP API. The body of every error is `{ error: { code, message } }`;
 * `message` is a readable English sentence for logs and scripts, clients translate `code`.
 */
export const ERROR_CODES = {
  invalid_request: 400,
  missing_title: 400,
  missing_name: 400,
  missing_code: 400,
  unknown_template: 400,
  invalid_backup: 400,
  unauthorized: 401,
  forbidden: 403,
  creator_protected: 403,
  unknown_code: 404,
  not_found: 404,
  last_facilitator: 409,
  board_not_empty: 409,
  too_many_templates: 409,
  vote_closed: 409,
  no_dots_left: 409,
  note_cap_reached: 409,
  note_out_of_scope: 409,
  no_dot_here: 409,
  too_many_votes: 409,
  vote_open: 409,
  vote_room_excluded: 403,
  payload_too_large: 413,
  template_too_large: 413,
  export_busy: 503,
  too_many_requests: 429,
  too_many_attempts: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}
