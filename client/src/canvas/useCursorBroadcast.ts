import { screenToBoard } from '@essaim/shared';
import { useEffect, type RefObject } from 'react';
import type { BoardServices } from '../state/BoardServices';

/** Publishes this user's pointer, in board coordinates, for the others' cursor layer. */
export function useCursorBroadcast(container: RefObject<HTMLDivElement | null>, board: BoardServices): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const onMove = (e: PointerEvent) => {
      const r = el.getBoundingClientRect();
      board.presence.setCursor(screenToBoard(board.viewport.get(), { x: e.clientX - r.left, y: e.clientY - r.top }));
    };
    const onLeave = () => board.presence.setCursor(null);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      board.presence.setCursor(null);
    };
  }, [container, board]);
}
