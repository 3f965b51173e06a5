import type { Point } from '../geometry/pinch.js';
import { BOARD_LIMIT, NOTE_ID_MAX, isNoteId } from '../schema/Note.js';
import { NAME_MAX } from './api.js';

/** Who a presence is: the participant id, the name the server knows, a cursor colour. */
export interface PresenceUser {
  id: string;
  name: string;
  /** `#rrggbb`; absent: the reader picks one from the id */
  color?: string;
}

/** One client's awareness state (ephemeral, never in the document); `{}` until the client says who it is. */
export interface PresenceState {
  user?: PresenceUser;
  /** pointer in board coordinates, null when it left the board */
  cursor?: Point | null;
  /** live positions of the notes being dragged, keyed by note id */
  drag?: Record<string, Point> | null;
  /**
   * live top-left corners of the zones being dragged, keyed by zone id (their notes go in `drag`);
   * relayed only for zones the sender may move (the server asks the rights table)
   */
  dragZones?: Record<string, Point> | null;
  /** the note this client has open in its editor — its claim: others wait while it writes — or null */
  editing?: string | null;
  /**
   * the part of the board this client shows (board coordinates), or null: what « Suivez-moi »
   * makes a room's views follow when its sender is the facilitator being followed
   */
  viewport?: ViewportRect | null;
}

/** A rectangle of the board, as a viewport's visible area. */
export interface ViewportRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const PRESENCE_LIMITS = {
  /** participant ids (a drag's keys are note ids: `isNoteId`) */
  id: NOTE_ID_MAX,
  name: NAME_MAX,
  /**
   * notes one drag shows to others; a bigger selection moves, the others see its first ones move
   * and the rest arrive on the drop (every byte of presence is parsed, checked and relayed to the room)
   */
  drag: 100,
  /** zones one drag shows to others: a facilitator drags one zone, or a selection of a few */
  dragZones: 20,
  /** JSON bytes of one state: 100 dragged notes with 64-character ids take under 10 KB */
  stateBytes: 16 * 1024,
} as const;

/** A state read field by field, and what was wrong with it. */
export interface PresenceReading {
  /** known fields only, each well formed; a malformed one is left out (cursor: null) */
  state: PresenceState;
  /** why a strict reader refuses the state; empty when it is clean */
  faults: string[];
}

const COLOR = /^#[0-9a-f]{6}$/i;

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= PRESENCE_LIMITS.id;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whole board units, on the board: a cursor far outside shows at its edge. */
const coordinate = (v: number): number => Math.round(Math.min(BOARD_LIMIT, Math.max(-BOARD_LIMIT, v)));

function readPoint(v: unknown): Point | null {
  if (!isObject(v) || typeof v.x !== 'number' || typeof v.y !== 'number') return null;
  if (!Number.isFinite(v.x) || !Number.isFinite(v.y)) return null;
  return { x: coordinate(v.x), y: coordinate(v.y) };
}

function readViewport(v: unknown): ViewportRect | null {
  if (!isObject(v)) return null;
  const { x, y, width, height } = v;
  if (![x, y, width, height].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const w = Math.round(Math.min(2 * BOARD_LIMIT, Math.max(1, width as number)));
  const h = Math.round(Math.min(2 * BOARD_LIMIT, Math.max(1, height as number)));
  return { x: coordinate(x as number), y: coordinate(y as number), width: w, height: h };
}

function readUser(v: unknown, faults: string[]): PresenceUser | undefined {
  if (!isObject(v) || !isId(v.id)) {
    faults.push('presence user must have an id of 1 to 64 characters');
    return undefined;
  }
  if (typeof v.name !== 'string') faults.push('presence name must be a string');
  const user: PresenceUser = { id: v.id, name: typeof v.name === 'string' ? v.name.slice(0, PRESENCE_LIMITS.name) : '' };
  if (typeof v.color === 'string' && COLOR.test(v.color)) user.color = v.color;
  else if (v.color !== undefined) faults.push('presence colour must be #rrggbb');
  return user;
}

/** A map of entry ids to points (`drag`, `dragZones`), cut at `limit` entries. */
function readDrag(v: unknown, faults: string[], field: 'drag' | 'dragZones', limit: number): Record<string, Point> | null {
  if (v === null) return null;
  if (!isObject(v)) {
    faults.push(`presence ${field} must be an object or null`);
    return null;
  }
  const drag: [string, Point][] = [];
  let read = 0;
  // for…in, not Object.entries: nothing is built for the entries past the limit
  for (const id in v) {
    if (read++ === limit) break;
    const point = readPoint(v[id]);
    // zone ids have the form of every entry id, note ids' own
    if (!isNoteId(id) || !point) {
      faults.push(`presence ${field} must map ${field === 'drag' ? 'note' : 'zone'} ids to points`);
      continue;
    }
    drag.push([id, point]);
  }
  return Object.fromEntries(drag);
}

/**
 * Reads an awareness state sent by anyone in the room, field by field: only `user`, `cursor`,
 * `drag`, `dragZones`, `editing` and `viewport` are kept (unknown fields are dropped, so a newer client's extra field costs nobody
 * their socket), coordinates are whole and on the board, a drag is cut at
 * `PRESENCE_LIMITS.drag` notes and `PRESENCE_LIMITS.dragZones` zones. Null when the state is not an object.
 */
export function readPresenceState(value: unknown): PresenceReading | null {
  if (!isObject(value)) return null;
  const faults: string[] = [];
  const state: PresenceState = {};
  if (value.user !== undefined) {
    const user = readUser(value.user, faults);
    if (user) state.user = user;
  }
  if (value.cursor !== undefined) {
    state.cursor = value.cursor === null ? null : readPoint(value.cursor);
    if (value.cursor !== null && !state.cursor) faults.push('presence cursor must be a point or null');
  }
  if (value.drag !== undefined) state.drag = readDrag(value.drag, faults, 'drag', PRESENCE_LIMITS.drag);
  if (value.dragZones !== undefined) state.dragZones = readDrag(value.dragZones, faults, 'dragZones', PRESENCE_LIMITS.dragZones);
  if (value.editing !== undefined) {
    state.editing = isNoteId(value.editing) ? value.editing : null;
    if (value.editing !== null && state.editing === null) faults.push('presence editing must be a note id or null');
  }
  if (value.viewport !== undefined) {
    state.viewport = value.viewport === null ? null : readViewport(value.viewport);
    if (value.viewport !== null && !state.viewport) faults.push('presence viewport must be a rectangle or null');
  }
  return { state, faults };
}
