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
