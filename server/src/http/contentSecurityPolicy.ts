/**
 * What the web client may load: only its own scripts (no inline script, no eval), its own
 * WebSockets and API. Inline styles stay allowed: React and Konva set style attributes.
 * `connect-src 'self'` covers the page's own ws:/wss: origin (CSP 3); `ws: wss:` would let
 * an injected script open a socket to any host.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};
