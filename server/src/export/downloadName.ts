/**
 * The name a file downloads under, from a title: `filename*` keeps it whole (accents, spaces),
 * the plain `filename` is its ASCII shadow for older clients. Characters no file system takes go.
 */
export function downloadName(title: string, extension: string): string {
  const clean = title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'essaim';
  return `${clean}.${extension}`;
}

/** A `Content-Disposition` header for an attachment named `name`. */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
