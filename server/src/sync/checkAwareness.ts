import * as decoding from 'lib0/decoding';
import type { Awareness } from 'y-protocols/awareness';
import { PRESENCE_LIMITS, readPresenceState, type Point } from '@essaim/shared';
import type { Connection } from './Connection.js';
import { encodeAwarenessEntries, type AwarenessEntry } from './messages.js';

/** Entries one awareness update may name beyond the ids the room has known: the sender's own, tabs not announced yet. */
const ENTRY_SLACK = 8;

const utf8 = new TextDecoder();

/** What `checkAwareness` needs of the room. */
export interface AwarenessRoom {
  /** the room's presences; its `meta` holds every client id it has known, all an echo can name */
  awareness: Pick<Awareness, 'clientID' | 'meta' | 'states'>;
  /** the connection whose presence this is; asked only of entries that change something */
  ownerOf(clientId: number): Connection | undefined;
  /**
   * Pays for reading `bytes` of a connection's own state before it is parsed: `'person'` when
   * the person's presence budget is spent, `'room'` when the room's is (the state is dropped unread).
   */
  payForState(conn: Connection, bytes: number): 'ok' | 'person' | 'room';
  /** the participant whose presence this client id was, while the room remembers it (its clock is kept) */
  personOf(clientId: number): string | undefined;
  /** whether this connection may write in the note: a claim (`editing`) on any other is dropped */
  mayClaim(conn: Connection, noteId: string): boolean;
  /** the zones of these this connection may move: a live zone position (`dragZones`) of any other is dropped */
  movableZones(conn: Connection, zoneIds: readonly string[]): string[];
  /** the notes of these whose live drag it may show (`drag`): any other is dropped */
  draggableNotes(conn: Connection, noteIds: readonly string[]): string[];
}

/**
 * The entries to apply, re-encoded from their checked states (null: nothing changes), or why the
 * update is refused, or that the person sent more presence than their budget (`limited`).
 */
export type AwarenessCheck = { update: Uint8Array | null; refusal?: undefined; limited?: undefined } | { refusal: string } | { limited: string; refusal?: undefined };

const isNullJson = (bytes: Uint8Array): boolean =>
  bytes.length === 4 && bytes[0] === 0x6e && bytes[1] === 0x75 && bytes[2] === 0x6c && bytes[3] === 0x6c;

/**
 * Checks an awareness update from `conn` and keeps what it may change: its own presence only.
 * The connection's own client id is the first it names (`ConnectionPresence.ownId`). Entries
 * that change nothing — the standard client echoes every presence it hears — are skipped
 * unread. A change to another person's presence is refused. Presences of the same person's
 * other tabs, relayed over BroadcastChannel, are ignored (their own sockets say the same), new
 * ones only a few at a time. Its own state is read field by field (`readPresenceState`):
 * malformed fields refused, unknown ones dropped, the name set to the server's, a claim or a
 * dragged zone or note beyond the person's rights left out, and re-encoded, so what others receive is
 * never the sender's bytes. Throws on a malformed update.
 */
export function checkAwareness(update: Uint8Array, conn: Connection, room: AwarenessRoom): AwarenessCheck {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  // Before any entry is read: an echo names at most the presences the room has ever had.
  const { meta, clientID: serverId } = room.awareness;
  if (count > meta.size + ENTRY_SLACK) return { refusal: `awareness update names ${count} presences` };
  const mine = conn.presence;
  const accepted: AwarenessEntry[] = [];
  const named = new Set<number>();
  for (let n = 0; n < count; n++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarUint8Array(decoder);
    // The standard client names each id once: so its own state is read at most once per frame.
    if (named.has(clientId)) return { refusal: `awareness update names ${clientId} twice` };
    named.add(clientId);
    mine.ownId ??= clientId;
    // Echoes, and withdrawals at the clock the room has (a client that timed a presence out, or
    // whose other tab lost its socket): only a presence's own connection withdraws it, with a newer clock.
    if (clock <= (meta.get(clientId)?.clock ?? 0)) continue;
    if (clientId === serverId) return { refusal: 'presence of the server' };
    if (clientId !== mine.ownId) {
      const refusal = checkOtherEntry(conn, room, clientId, isNullJson(json));
      if (refusal) return { refusal };
      continue;
    }
    const owner = room.ownerOf(clientId);
    // The same person's new socket may carry on what their old one announced (a phone that
    // switched networks reconnects before the server has given up on the old socket).
    if (owner && owner !== conn && owner.participantId !== conn.participantId) {
      return { refusal: `presence ${clientId} belongs to another connection` };
    }
    // ...and one withdrawn a moment ago stays its person's: nobody else takes it over to have
    // its owner refused when she comes back with it.
    const person = owner ? undefined : room.personOf(clientId);
    if (person !== undefined && person !== conn.participantId) return { refusal: `presence ${clientId} belongs to another person` };
    if (json.byteLength > PRESENCE_LIMITS.stateBytes) return { refusal: 'presence state too large' };
    const paid = room.payForState(conn, json.byteLength);
    if (paid === 'person') return { limited: 'too many presence bytes' };
    // The room has read all the presence it can this second: this change is lost, the next one may pass.
    if (paid === 'room') continue;
    const checked = readOwnState(json, conn, room);
    if (typeof checked !== 'string') return checked;
    accepted.push({ clientId, clock, json: checked });
  }
  return { update: accepted.length > 0 ? encodeAwarenessEntries(accepted) : null };
}

/**
 * An entry that would change another client id than the connection's own: never applied, and
 * refused when it is not what a standard client relays.
 */
function checkOtherEntry(conn: Connection, room: AwarenessRoom, clientId: number, isNull: boolean): string | null {
  if (!room.awareness.states.has(clientId)) {
    // Nothing shows under this id: a withdrawal changes nothing; a state is another tab of the
    // same person whose own socket has not announced it yet — or a fake, if there are many.
    if (isNull || conn.presence.relays(clientId)) return null;
    return 'one presence per connection: too many new client ids';
  }
  const owner = room.ownerOf(clientId);
  if (owner && owner.participantId !== conn.participantId) return `presence ${clientId} belongs to another connection`;
  // the same person's other tab: its own socket says the same
  return null;
}

/** The connection's own state as JSON to publish, or the refusal. */
function readOwnState(json: Uint8Array, conn: Connection, room: AwarenessRoom): string | { refusal: string } {
  const value: unknown = JSON.parse(utf8.decode(json));
  if (value === null) return 'null';
  const reading = readPresenceState(value);
  if (!reading) return { refusal: 'presence state must be an object' };
  if (reading.faults.length > 0) return { refusal: reading.faults[0]! };
  const { user } = reading.state;
  if (user && user.id !== conn.participantId) return { refusal: 'presence must carry the connection’s own id' };
  // The name shown is the server's: one changed on another device must not cost this one its board.
  if (user) user.name = conn.name;
  // A claim keeps others out of a note: only on a note this person may write in.
  if (reading.state.editing && !room.mayClaim(conn, reading.state.editing)) reading.state.editing = null;
  // A dragged zone or note shows moving on others' screens: only one this person may move.
  if (reading.state.dragZones) reading.state.dragZones = kept(reading.state.dragZones, room.movableZones(conn, Object.keys(reading.state.dragZones)));
  if (reading.state.drag) reading.state.drag = kept(reading.state.drag, room.draggableNotes(conn, Object.keys(reading.state.drag)));
  return JSON.stringify(reading.state);
}

/** The positions of a drag under the ids kept; null when none is. */
function kept(positions: Record<string, Point>, ids: readonly string[]): Record<string, Point> | null {
  return ids.length > 0 ? Object.fromEntries(ids.map((id) => [id, positions[id]!])) : null;
}
