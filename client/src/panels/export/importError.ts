import { ApiError } from '../../api/ApiError';

/** What the import form says about a refused file: a translated sentence, and the server's English detail to show in small print. */
export interface ImportProblem {
  key: string;
  /** what the server found wrong (`rooms[1].board.notes[3].text: …`), when it said */
  detail: string | null;
}

/**
 * The problems that are the file's, shown next to it; null for the others (network, rate
 * limit…), which are toasted like any API error.
 */
export function importProblem(error: unknown): ImportProblem | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 413 || error.code === 'payload_too_large') return { key: 'import.tooLarge', detail: null };
  // a body the server could not even read as JSON comes back as `invalid_request` (or, from the parser, without our code)
  if (error.code === 'invalid_backup' || (error.status === 400 && (error.code === 'invalid_request' || error.code === 'unknown'))) {
    return { key: 'errors.invalid_backup', detail: error.message && !/^HTTP \d+$/.test(error.message) ? error.message : null };
  }
  return null;
}
