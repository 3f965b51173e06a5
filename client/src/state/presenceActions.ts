import { PRESENCE_LIMITS, type Point, type ViewportRect } from '@essaim/shared';
import type { Awareness } from 'y-protocols/awareness';
import { dragToRecord, type PeerUser } from './peers';

/** Cursor and drag updates are sent at most this often; the last one always goes out. */
export const PRESENCE_INTERVAL_MS = 50;
/** The leader's view under « Suivez-moi » goes out at most this often (with the next cursor message); the last one always. */
export const VIEWPORT_INTERVAL_MS = 80;

export interface PresenceActions {
  /** announces a new name (after « Modifier mon nom »; the server knows it already) */
  setUser(user: PeerUser): void;
  setCursor(point: Point | null): void;
  /** live positions of the dragged notes and, in a zone drag, of the zones (null: dropped, both end) */
  setDrag(positions: ReadonlyMap<string, Point> | null, zones?: ReadonlyMap<string, Point>): void;
  /** claims the note opened in the editor (null: closed); sent at once, the others wait for it */
  setEditing(noteId: string | null): void;
  /**
   * the board rectangle this client shows, while it leads « Suivez-moi » (null: it stopped);
   * `now` sends it at once (the end of a pan or zoom), otherwise at most every `VIEWPORT_INTERVAL_MS`
   */
  setViewport(rect: ViewportRect | null, now?: boolean): void;
  destroy(): void;
}

function throttled<T>(send: (value: T) => void, interval = PRESENCE_INTERVAL_MS): { push(value: T): void; flush(value: T): void; cancel(): void } {
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
      const wait = interval - (Date.now() - last);
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
  viewport?: ViewportRect | null;
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
  const round = (r: ViewportRect): ViewportRect => ({ x: Math.round(r.x), y: Math.round(r.y), width: Math.max(1, Math.round(r.width)), height: Math.max(1, Math.round(r.height)) });
  // a slower pace of its own, riding on the cursor's messages: one presence message per interval in all
  const view = throttled<ViewportRect | null>((rect) => move({ viewport: rect }, false), VIEWPORT_INTERVAL_MS);
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
    setViewport(rect, now = false) {
      const value = rect ? round(rect) : null;
      if (!now && value) return view.push(value);
      view.cancel();
      move({ viewport: value }, true);
    },
    destroy() {
      view.cancel();
      send.cancel();
      motion = {};
    },
  };
}
