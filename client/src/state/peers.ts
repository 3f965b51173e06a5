import { PRESENCE_LIMITS, readPresenceState, type Point } from '@essaim/shared';
import { cursorColor } from './cursorColor';

/** What each client publishes in its awareness state (ephemeral, never in the document). */
export interface PeerUser {
  id: string;
  name: string;
  color: string;
}

export interface Peer {
  clientId: number;
  user: PeerUser;
  /** pointer in board coordinates, or null when it left the board */
  cursor: Point | null;
  /** live positions of the notes this peer is dragging, keyed by note id */
  drag: ReadonlyMap<string, Point> | null;
  /** live top-left corners of the zones this peer is dragging, keyed by zone id */
  dragZones: ReadonlyMap<string, Point> | null;
  /** the note this peer has open in its editor, or null */
  editing: string | null;
}

/** Someone else's claim on a note: they have it open in their editor. */
export interface EditingClaim {
  clientId: number;
  user: PeerUser;
}

/**
 * The other clients' states, read with the server's own reader (`readPresenceState`): the server
 * relays only clean states, but another tab's come straight over BroadcastChannel, so a
 * malformed field is left out rather than trusted, and a colour missing is the id's own.
 */
export function readPeers(states: ReadonlyMap<number, unknown>, localClientId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, value] of states) {
    if (clientId === localClientId) continue;
    const state = readPresenceState(value)?.state;
    if (!state?.user) continue;
    const { id, name, color } = state.user;
    const drag = state.drag ? Object.entries(state.drag) : [];
    const dragZones = state.dragZones ? Object.entries(state.dragZones) : [];
    peers.push({
      clientId,
      user: { id, name, color: color ?? cursorColor(id) },
      cursor: state.cursor ?? null,
      drag: drag.length > 0 ? new Map(drag) : null,
      dragZones: dragZones.length > 0 ? new Map(dragZones) : null,
      editing: state.editing ?? null,
    });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}

/** People connected, once each even with several tabs open, sorted by name. */
export function uniqueUsers(peers: readonly Peer[]): PeerUser[] {
  const byId = new Map<string, PeerUser>();
  for (const p of peers) if (!byId.has(p.user.id)) byId.set(p.user.id, p.user);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Positions to draw over the stored ones while someone else drags notes. */
export function remoteDragPositions(peers: readonly Peer[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const p of peers) if (p.drag) for (const [id, point] of p.drag) positions.set(id, point);
  return positions;
}

/** Positions to draw zones at while someone else drags them. */
export function remoteZoneDragPositions(peers: readonly Peer[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const p of peers) if (p.dragZones) for (const [id, point] of p.dragZones) positions.set(id, point);
  return positions;
}

/**
 * note id → who holds it: among the peers claiming a note, the lowest awareness client id, the
 * tie-break every client computes the same way when two open a note at the same moment.
 */
export function editingClaims(peers: readonly Peer[]): Map<string, EditingClaim> {
  const claims = new Map<string, EditingClaim>();
  for (const p of peers) {
    if (p.editing === null) continue;
    const held = claims.get(p.editing);
    if (!held || p.clientId < held.clientId) claims.set(p.editing, { clientId: p.clientId, user: p.user });
  }
  return claims;
}

/** Record form of drag positions, the shape published through awareness: the first notes only, as the server keeps. */
export function dragToRecord(positions: ReadonlyMap<string, Point>, limit: number = PRESENCE_LIMITS.drag): Record<string, Point> {
  const entries: [string, Point][] = [];
  for (const [id, p] of positions) {
    if (entries.length === limit) break;
    entries.push([id, { x: Math.round(p.x), y: Math.round(p.y) }]);
  }
  return Object.fromEntries(entries);
}
