import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Connection } from './Connection.js';

/** Largest awareness state one client may publish, in bytes of JSON. */
const MAX_STATE_BYTES = 16 * 1024;

/** What the room knows of one presence. */
export interface PresenceInfo {
  clock: number;
  hasState: boolean;
  owner: Connection | undefined;
}

/** An awareness update to apply (its names made the server's), or why it must be refused. */
export type AwarenessCheck = { update: Uint8Array; refusal?: undefined } | { refusal: string };

interface Entry {
  clientId: number;
  clock: number;
  json: string;
}

/**
 * Checks an awareness update from `conn`. The standard client echoes every presence it hears
 * back to the server, so entries that would change nothing are let through; any entry that
 * would change something must be the sender's own presence (a client id no other person's
 * connection owns) and announce the connection's own participant id, else the update is
 * refused. The name shown is the server's: a presence under another name is published under
 * the connection's own (a name changed on another device must not cost this one its board).
 * Throws on a malformed update.
 */
export function checkAwareness(update: Uint8Array, conn: Connection, presence: (clientId: number) => PresenceInfo): AwarenessCheck {
  const decoder = decoding.createDecoder(update);
  const entries: Entry[] = [];
  let renamed = false;
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    const entry = { clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), json: decoding.readVarString(decoder) };
    entries.push(entry);
    if (entry.json.length > MAX_STATE_BYTES) return { refusal: 'presence state too large' };
    const state: unknown = JSON.parse(entry.json);
    const known = presence(entry.clientId);
    const changes = entry.clock > known.clock || (entry.clock === known.clock && state === null && known.hasState);
    if (!changes) continue;
    // The same person's new socket may carry on what their old one announced (a phone that
    // switched networks reconnects before the server has given up on the old socket).
    if (known.owner && known.owner !== conn && known.owner.participantId !== conn.participantId) {
      return { refusal: `presence ${entry.clientId} belongs to another connection` };
    }
    if (state === null) continue;
    if (typeof state !== 'object' || Array.isArray(state)) return { refusal: 'presence state must be an object' };
    const user = (state as { user?: unknown }).user;
    if (user === undefined) continue;
    if (typeof user !== 'object' || user === null || (user as { id?: unknown }).id !== conn.participantId) {
      return { refusal: 'presence must carry the connection’s own id' };
    }
    if ((user as { name?: unknown }).name !== conn.name) {
      entry.json = JSON.stringify({ ...state, user: { ...user, name: conn.name } });
      renamed = true;
    }
  }
  return { update: renamed ? encodeEntries(entries) : update };
}

function encodeEntries(entries: readonly Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}
