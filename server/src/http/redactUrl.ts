/** The URL with the value of any `token` parameter replaced, for logs and messages. */
export function redactUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}
