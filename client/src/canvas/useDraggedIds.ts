import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { BoardServices } from '../state/BoardServices';

const NONE: ReadonlySet<string> = new Set();

/**
 * Which notes this user is dragging, without their positions: the notes layer re-renders when
 * a drag starts and ends, not on every move (Konva moves the dragged nodes itself).
 */
export function useDraggedIds(board: BoardServices): ReadonlySet<string> {
  const cache = useRef<ReadonlySet<string>>(NONE);
  const get = useCallback(() => {
    const drag = board.localDrag.get();
    const previous = cache.current;
    if (!drag) return (cache.current = NONE);
    if (drag.size === previous.size && [...drag.keys()].every((id) => previous.has(id))) return previous;
    return (cache.current = new Set(drag.keys()));
  }, [board]);
  return useSyncExternalStore(board.localDrag.subscribe, get, get);
}
