/** The parameter name as the query parser reads it: `%74oken` is `token` to the server too. */
function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** The URL with the value of any `token` parameter replaced, for logs and messages. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((param) => {
      const eq = param.indexOf('=');
      if (eq === -1 || decodedName(param.slice(0, eq)).toLowerCase() !== 'token') return param;
      return `${param.slice(0, eq)}=[redacted]`;
    });
  return `${url.slice(0, q + 1)}${params.join('&')}`;
}
