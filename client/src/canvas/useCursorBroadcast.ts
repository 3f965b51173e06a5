import { screenToBoard } from '@essaim/shared';
import { useEffect, type RefObject } from 'react';
import { boardAttention } from '../state/boardAttention';
import type { BoardServices } from '../state/BoardServices';

/** Publishes this user's pointer, in board coordinates, for the others' cursor layer — not while the room writes privately. */
export function useCursorBroadcast(container: RefObject<HTMLDivElement | null>, board: BoardServices): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const attention = boardAttention(board);
    const hidden = () => attention.get().cursorsHidden;
    // the pointer last published goes away as soon as the room starts writing privately
    const stopWatching = attention.subscribe(() => {
      if (hidden()) board.presence.setCursor(null);
    });
    const onMove = (e: PointerEvent) => {
      if (hidden()) return;
      const r = el.getBoundingClientRect();
      board.presence.setCursor(screenToBoard(board.viewport.get(), { x: e.clientX - r.left, y: e.clientY - r.top }));
    };
    const onLeave = () => board.presence.setCursor(null);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      stopWatching();
      board.presence.setCursor(null);
    };
  }, [container, board]);
}
