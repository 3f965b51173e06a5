import { ApiError } from './ApiError';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  token?: string;
  /** sent as `Accept-Language`: the language the interface is in, which may not be the browser's */
  language?: string;
}

/**
 * Same-origin JSON call; every failure becomes an `ApiError` whose code the UI translates.
 * A `204 No Content` answer resolves to `undefined`.
 */
export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.language) headers['Accept-Language'] = options.language;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (err) {
    throw new ApiError('network', 0, err instanceof Error ? err.message : String(err));
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw ApiError.fromResponse(response.status, body, response.headers.get('retry-after'));
  if (body === undefined) throw new ApiError('unknown', response.status, 'Response is not JSON');
  return body as T;
}
