import { ApiError } from './ApiError';

/** A file the server made, ready to be saved under the name it gave. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** Characters file systems refuse in a name, and control characters. */
const UNSAFE = /[\u0000-\u001f\u007f:*?"<>|]+/g;

function decodeExtended(value: string): string | null {
  // RFC 5987: charset'language'percent-encoded; only UTF-8 (and ASCII, its subset) is decoded
  const match = /^([\w!#$&+.^`|~-]*)'[^']*'(.*)$/.exec(value.trim().replace(/^"(.*)"$/, '$1'));
  if (!match || !/^(utf-8|us-ascii)?$/i.test(match[1]!)) return null;
  try {
    return decodeURIComponent(match[2]!);
  } catch {
    return null;
  }
}

/**
 * The file name a `Content-Disposition` header gives: `filename*=UTF-8''…` first (it carries
 * accents), then `filename="…"`, else `fallback`; made safe to save (no folders, no control characters).
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  const parts = header ?? '';
  const extended = /(?:^|;)\s*filename\*\s*=\s*("[^"]*"|[^;]*)/i.exec(parts);
  const plain = /(?:^|;)\s*filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/i.exec(parts);
  const raw = (extended && decodeExtended(extended[1]!)) ?? (plain ? plain[1]!.trim().replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1') : '');
  // a name, not a path: its last part only
  const base = raw.split(/[/\\]/).pop() ?? '';
  const name = base.replace(UNSAFE, ' ').replace(/ {2,}/g, ' ').trim().replace(/^\.+/, '');
  return name || fallback;
}

/**
 * `GET path` with the person's token, as a file: every failure becomes an `ApiError` whose code
 * the UI translates (`network` when no answer came).
 */
export async function downloadFile(path: string, token: string, fallbackName: string): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  } catch (err) {
    throw new ApiError('network', 0, err instanceof Error ? err.message : String(err));
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw ApiError.fromResponse(response.status, body, response.headers.get('retry-after'));
  }
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch (err) {
    // the connection dropped while the file came
    throw new ApiError('network', 0, err instanceof Error ? err.message : String(err));
  }
  return { blob, fileName: fileNameFromDisposition(response.headers.get('content-disposition'), fallbackName) };
}
