import { PRESENCE_LIMITS, type Point } from '@essaim/shared';
import type { Awareness } from 'y-protocols/awareness';
import { dragToRecord, type PeerUser } from './peers';

/** Cursor and drag updates are sent at most this often; the last one always goes out. */
export const PRESENCE_INTERVAL_MS = 50;

export interface PresenceActions {
  /** announces a new name (after « Modifier mon nom »; the server knows it already) */
  setUser(user: PeerUser): void;
  setCursor(point: Point | null): void;
  /** live positions of the dragged notes and, in a zone drag, of the zones (null: dropped, both end) */
  setDrag(positions: ReadonlyMap<string, Point> | null, zones?: ReadonlyMap<string, Point>): void;
  /** claims the note opened in the editor (null: closed); sent at once, the others wait for it */
  setEditing(noteId: string | null): void;
  destroy(): void;
}

function throttled<T>(send: (value: T) => void): { push(value: T): void; flush(value: T): void; cancel(): void } {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const fire = () => {
    timer = null;
    last = Date.now();
    if (pending) send(pending.value);
    pending = null;
  };
  return {
    push(value) {
      pending = { value };
      if (timer) return;
      const wait = PRESENCE_INTERVAL_MS - (Date.now() - last);
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    flush(value) {
      if (timer) clearTimeout(timer);
      pending = { value };
      fire();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

/** The fields a pointer move or a drag changes, sent together: one presence message per interval, not one per field. */
interface Motion {
  cursor?: Point | null;
  drag?: Record<string, Point> | null;
  dragZones?: Record<string, Point> | null;
}

export function createPresenceActions(awareness: Awareness, user: PeerUser): PresenceActions {
  let current = user;
  // a note drag sends no zone field: only one who dragged a zone has one to clear
  let everDraggedZones = false;
  awareness.setLocalStateField('user', user);
  // The server counts presence changes per person (30 a second): a drag moves both fields at 20 Hz.
  let motion: Motion = {};
  const send = throttled<Motion>((m) => {
    motion = {};
    const state = awareness.getLocalState();
    if (state) awareness.setLocalState({ ...state, ...m });
  });
  const move = (change: Motion, now: boolean) => {
    motion = { ...motion, ...change };
    if (now) send.flush(motion);
    else send.push(motion);
  };
  return {
    setUser(next) {
      if (next.id === current.id && next.name === current.name && next.color === current.color) return;
      current = next;
      awareness.setLocalStateField('user', next);
    },
    setCursor: (point) => move({ cursor: point ? { x: Math.round(point.x), y: Math.round(point.y) } : null }, point === null),
    setDrag(positions, zones) {
      if (positions === null) return move({ drag: null, ...(everDraggedZones ? { dragZones: null } : {}) }, true);
      if (zones) everDraggedZones = true;
      move(zones ? { drag: dragToRecord(positions), dragZones: dragToRecord(zones, PRESENCE_LIMITS.dragZones) } : { drag: dragToRecord(positions) }, false);
    },
    setEditing(noteId) {
      const state = awareness.getLocalState();
      if (state && (state.editing ?? null) !== noteId) awareness.setLocalStateField('editing', noteId);
    },
    destroy() {
      send.cancel();
      motion = {};
    },
  };
}
