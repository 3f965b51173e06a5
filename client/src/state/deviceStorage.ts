/** The part of `Storage` the client's small per-device records use (tests pass a `Map`-backed one). */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * This device's `localStorage` — not `sessionStorage`: a phone relaunching the page, or a new tab,
 * counts as a new session there — or null where the browser refuses it (private mode, strict
 * settings); what it would keep then lasts as long as the page.
 */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
