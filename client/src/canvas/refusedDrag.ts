import type { BoardServices } from '../state/BoardServices';
import { noteMoveRefusal, showMoveRefusal } from '../state/moveRefusal';

/** Movement (px) after which a press on a note is a drag attempt. */
const DRAG_SLOP = 6;

const pointOf = (evt: Event): { x: number; y: number } | null => {
  if ('clientX' in evt && typeof evt.clientX === 'number') return { x: evt.clientX, y: (evt as MouseEvent).clientY };
  const touch = (evt as TouchEvent).touches?.[0];
  return touch ? { x: touch.clientX, y: touch.clientY } : null;
};

/**
 * A note this user may not move is not draggable, so trying to drag it would do nothing at all:
 * once the pointer pressed on it moves, one toast says why (a locked zone, the room's rules).
 */
export function watchRefusedDrag(board: BoardServices, noteId: string, evt: Event, movable: boolean): void {
  if (movable) return;
  const note = board.notes.get(noteId);
  const start = pointOf(evt);
  if (!note || !start) return;
  const stop = () => {
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', stop);
    window.removeEventListener('pointercancel', stop);
  };
  const onMove = (e: PointerEvent) => {
    if (Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_SLOP) return;
    stop();
    const reason = noteMoveRefusal(board, new Map([[noteId, { x: note.x + 1, y: note.y }]]));
    if (reason) showMoveRefusal(board, reason);
  };
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', stop);
  window.addEventListener('pointercancel', stop);
}
