import type { Awareness } from 'y-protocols/awareness';

/** A withdrawn presence's clock is kept this long: echoes of its withdrawal arrive within seconds. */
export const FORGET_PRESENCE_AFTER_MS = 60_000;

/**
 * Forgets the clocks of presences withdrawn more than a minute ago. Awareness keeps the clock of
 * every client id it has ever seen, so that a late echo cannot bring a presence back; in a room
 * open all day, fresh tabs and reconnections would make that list grow without end. Returns how
 * many were forgotten. The awareness's own id (the server's, without a state) stays.
 */
export function forgetPresences(awareness: Pick<Awareness, 'clientID' | 'meta' | 'states'>, now: number): number {
  let forgotten = 0;
  for (const [clientId, { lastUpdated }] of awareness.meta) {
    if (clientId === awareness.clientID || awareness.states.has(clientId) || now - lastUpdated < FORGET_PRESENCE_AFTER_MS) continue;
    awareness.meta.delete(clientId);
    forgotten++;
  }
  return forgotten;
}
