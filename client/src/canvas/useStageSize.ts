import { useEffect, type RefObject } from 'react';
import type { BoardServices } from '../state/BoardServices';

/** Keeps the stage as large as its container, through window resizes and phone rotations. */
export function useStageSize(container: RefObject<HTMLDivElement | null>, board: BoardServices): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const measure = () => {
      const width = Math.round(el.clientWidth);
      const height = Math.round(el.clientHeight);
      board.stageSize.set((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [container, board]);
}
