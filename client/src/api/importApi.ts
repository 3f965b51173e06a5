import type { CreateWorkshopResponse } from '@essaim/shared';
import { ApiError } from './ApiError';

/** What the server takes on import by default (`POST /api/workshops/import`, `MAX_IMPORT_BYTES`): 32 MiB; a server set lower answers 413. */
export const BACKUP_MAX_BYTES = 32 * 1024 * 1024;

/**
 * A backup file (the text of `export.json`) becomes a new workshop, with new codes, whose
 * facilitator is the caller, named `name` (the server's default when empty). Answers like
 * `POST /api/workshops`; `invalid_backup` carries the server's English sentence naming what is wrong.
 */
export async function importWorkshop(backup: string, name: string): Promise<CreateWorkshopResponse> {
  const query = name ? `?${new URLSearchParams({ name }).toString()}` : '';
  let response: Response;
  try {
    response = await fetch(`/api/workshops/import${query}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: backup,
    });
  } catch (err) {
    throw new ApiError('network', 0, err instanceof Error ? err.message : String(err));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw ApiError.fromResponse(response.status, body, response.headers.get('retry-after'));
  if (body === undefined) throw new ApiError('unknown', response.status, 'Response is not JSON');
  return body as CreateWorkshopResponse;
}
