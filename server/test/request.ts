import { expect } from 'vitest';

/** What a client of the HTTP API gets back: the status, the content type and the parsed body. */
export interface Answer<T = unknown> {
  status: number;
  contentType: string;
  body: T;
}

export interface ErrorBody {
  error: { code: string; message: string };
}

export interface RequestOptions {
  method?: string;
  /** sent as JSON unless `rawBody` is given */
  json?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export async function request<T = unknown>(baseUrl: string, path: string, opts: RequestOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined = opts.rawBody;
  if (opts.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(opts.json);
  }
  const res = await fetch(baseUrl + path, { method: opts.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  return { status: res.status, contentType, body: (contentType.includes('json') && text ? JSON.parse(text) : text) as T };
}

/** The `Authorization` header for a token (none when `token` is undefined). */
export function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

/** An error answer: the status, JSON, the code, and a sentence a person can read. */
export function expectError(answer: Answer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.contentType).toMatch(/^application\/json/);
  const { error } = answer.body as ErrorBody;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/^[A-Z].{10,}/);
}
