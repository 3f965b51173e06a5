import * as decoding from 'lib0/decoding';
import type { Connection } from './Connection.js';

/** Largest awareness state one client may publish, in bytes of JSON. */
const MAX_STATE_BYTES = 16 * 1024;

/** What the room knows of one presence. */
export interface PresenceInfo {
  clock: number;
  hasState: boolean;
  owner: Connection | undefined;
}

/**
 * Why an awareness update from `conn` must be refused, or null. The standard client echoes
 * every presence it hears back to the server, so entries that would change nothing are let
 * through; any entry that would change something must be the sender's own presence (a client
 * id no other person's connection owns) and announce the connection's own id and name. Throws
 * on a malformed update.
 */
export function checkAwareness(update: Uint8Array, conn: Connection, presence: (clientId: number) => PresenceInfo): string | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > MAX_STATE_BYTES) return 'presence state too large';
    const state: unknown = JSON.parse(json);
    const known = presence(clientId);
    const changes = clock > known.clock || (clock === known.clock && state === null && known.hasState);
    if (!changes) continue;
    // The same person's new socket may carry on what their old one announced (a phone that
    // switched networks reconnects before the server has given up on the old socket).
    if (known.owner && known.owner !== conn && known.owner.participantId !== conn.participantId) {
      return `presence ${clientId} belongs to another connection`;
    }
    if (state === null) continue;
    if (typeof state !== 'object' || Array.isArray(state)) return 'presence state must be an object';
    const user = (state as { user?: unknown }).user;
    if (user === undefined) continue;
    const { id, name } = (user ?? {}) as { id?: unknown; name?: unknown };
    if (id !== conn.participantId || name !== conn.name) return 'presence must carry the connection’s own id and name';
  }
  return null;
}
