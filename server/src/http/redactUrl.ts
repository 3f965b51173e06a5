/** Longer path segments are masked: ids, codes and asset names are shorter; a token (≈150 characters) or its signature (43) is not. */
const MAX_SEGMENT = 40;
/** Longer parameter names are masked: a token sent as a bare name (`?<token>`) must not show either. */
const MAX_NAME = 24;

const mask = (part: string, max: number): string => (part.length > max ? `[${part.length} chars]` : part);

/**
 * The URL as logs and error messages may show it: the path, with long segments masked, then
 * the query and fragment with every value replaced and long names masked. Whatever a client
 * put in the URL (`#token=`, `??token=`, `token[]=`, `&amp;token=`, a token in the path), no
 * token comes out.
 */
export function redactUrl(url: string): string {
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const safePath = path
    .split('/')
    .map((segment) => mask(segment, MAX_SEGMENT))
    .join('/');
  if (cut === -1) return safePath;
  // Split on every character some parser might take as a separator, keeping the separators.
  const rest = url
    .slice(cut)
    .split(/([?#&;])/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const eq = part.indexOf('=');
      return eq === -1 ? mask(part, MAX_NAME) : `${mask(part.slice(0, eq), MAX_NAME)}=[redacted]`;
    });
  return safePath + rest.join('');
}
