import { PRESENCE_LIMITS, readPresenceState, type Point, type ViewportRect } from '@essaim/shared';
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
  /** the board rectangle this peer shows, published only while it leads « Suivez-moi » */
  viewport: ViewportRect | null;
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
      viewport: state.viewport ?? null,
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

/** A client's published view rectangle, and when it last changed (an order, not a time). */
export interface TrackedViewport {
  userId: string;
  rect: ViewportRect;
  seq: number;
}

/**
 * The view rectangles peers publish while they lead « Suivez-moi », each client's numbered in the
 * order they changed (`seq` is the last number given); `byPerson` gives each person the rectangle
 * that changed last among their tabs and devices: the screen they are moving.
 */
export function trackViewports(
  peers: readonly Peer[],
  previous: ReadonlyMap<number, TrackedViewport>,
  seq: number,
): { tracked: Map<number, TrackedViewport>; seq: number; byPerson: Map<string, ViewportRect> } {
  const tracked = new Map<number, TrackedViewport>();
  for (const p of peers) {
    if (!p.viewport) continue;
    const before = previous.get(p.clientId);
    const same = before && before.userId === p.user.id && JSON.stringify(before.rect) === JSON.stringify(p.viewport);
    tracked.set(p.clientId, same ? before : { userId: p.user.id, rect: p.viewport, seq: ++seq });
  }
  const latest = new Map<string, TrackedViewport>();
  for (const t of tracked.values()) if ((latest.get(t.userId)?.seq ?? -1) < t.seq) latest.set(t.userId, t);
  return { tracked, seq, byPerson: new Map([...latest].map(([id, t]) => [id, t.rect])) };
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
