import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { BoardServices } from '../state/BoardServices';
import { nextCullView, type CullView } from './cullView';

/** The notes layer's cull window and detail level: a new value only when the view leaves the window or crosses a detail step. */
export function useCullView(board: BoardServices): CullView {
  const cache = useRef<CullView | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      const offView = board.viewport.subscribe(listener);
      const offSize = board.stageSize.subscribe(listener);
      return () => {
        offView();
        offSize();
      };
    },
    [board],
  );
  const get = useCallback(() => (cache.current = nextCullView(cache.current, board.viewport.get(), board.stageSize.get())), [board]);
  return useSyncExternalStore(subscribe, get, get);
}
