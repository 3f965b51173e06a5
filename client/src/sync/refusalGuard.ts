/** At most this many board resets after a refused change… */
export const MAX_RESETS = 3;
/** …within this window; past it the board stays closed until the page is reloaded. */
export const RESET_WINDOW_MS = 60_000;

/**
 * Whether a board may be dropped and reopened once more after a 4409. A client that keeps
 * sending what the server refuses would otherwise reconnect in a loop; `history` holds the
 * times of earlier resets of the same board and is returned trimmed, with `now` added when allowed.
 */
export function allowReset(history: readonly number[], now: number): { allowed: boolean; history: number[] } {
  const recent = history.filter((t) => now - t < RESET_WINDOW_MS);
  if (recent.length >= MAX_RESETS) return { allowed: false, history: recent };
  return { allowed: true, history: [...recent, now] };
}

const resets = new Map<string, number[]>();

/** `allowReset` with the history kept per document for this page. */
export function recordReset(docName: string, now = Date.now()): boolean {
  const { allowed, history } = allowReset(resets.get(docName) ?? [], now);
  resets.set(docName, history);
  return allowed;
}
