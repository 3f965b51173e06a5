import { cursorColor } from './cursorColor';
import type { Point } from '@essaim/shared';

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
}

const NAME_LIMIT = 40;
const ID_LIMIT = 64;
const DRAG_LIMIT = 500;
const COLOR = /^#[0-9a-f]{6}$/i;

const isFinitePoint = (v: unknown): v is Point =>
  typeof v === 'object' && v !== null && Number.isFinite((v as Point).x) && Number.isFinite((v as Point).y);

function readUser(value: unknown): PeerUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, color } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || id.length > ID_LIMIT) return null;
  return {
    id,
    name: typeof name === 'string' ? name.slice(0, NAME_LIMIT) : '',
    color: typeof color === 'string' && COLOR.test(color) ? color : cursorColor(id),
  };
}

function readDrag(value: unknown): ReadonlyMap<string, Point> | null {
  if (typeof value !== 'object' || value === null) return null;
  const drag = new Map<string, Point>();
  for (const [id, p] of Object.entries(value).slice(0, DRAG_LIMIT)) {
    if (isFinitePoint(p)) drag.set(id, { x: p.x, y: p.y });
  }
  return drag.size > 0 ? drag : null;
}

/** The other clients' states, checked field by field: they come from anyone in the room. */
export function readPeers(states: ReadonlyMap<number, unknown>, localClientId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === localClientId || typeof state !== 'object' || state === null) continue;
    const s = state as Record<string, unknown>;
    const user = readUser(s.user);
    if (!user) continue;
    peers.push({
      clientId,
      user,
      cursor: isFinitePoint(s.cursor) ? { x: s.cursor.x, y: s.cursor.y } : null,
      drag: readDrag(s.drag),
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

/** Record form of drag positions, the shape published through awareness. */
export function dragToRecord(positions: ReadonlyMap<string, Point>): Record<string, Point> {
  const record: Record<string, Point> = {};
  for (const [id, p] of positions) record[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  return record;
}
