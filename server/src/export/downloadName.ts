import { cleanText } from '../http/cleanText.js';

/**
 * The name a file downloads under, from a title: the API's one text cleaning (controls, invisible and
 * bidi characters, lone surrogates out; 100 characters at most, never half an emoji), less what no
 * file system takes.
 */
export function downloadName(title: string, extension: string): string {
  return `${cleanText(title.replace(/[\\/:*?"<>|]/g, ' '), 100) || 'essaim'}.${extension}`;
}

/**
 * A `Content-Disposition` header for an attachment named `name`: `filename*` keeps it whole (accents,
 * spaces), the plain `filename` is its ASCII shadow for older clients.
 */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  let encoded: string;
  try {
    encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    // a lone surrogate cannot be encoded: the ASCII name alone
    return `attachment; filename="${ascii}"`;
  }
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
