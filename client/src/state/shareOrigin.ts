/**
 * The origin invitation links and QR codes are built on: the server's `PUBLIC_URL` when it has
 * one, else the address this page was opened with (so opening Essaim by the machine's network
 * address gives links others on that network can open).
 */
export function shareOrigin(publicUrl: string | null, pageOrigin: string): string {
  return publicUrl ?? pageOrigin;
}

/** `localhost`, `127.x.x.x`, `[::1]`: addresses that only ever reach the machine one is on. */
export function isLoopbackOrigin(origin: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return false;
  }
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';
}
