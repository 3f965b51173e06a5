import { zoomAt } from '@essaim/shared';
import type Konva from 'konva';
import { useEffect, type RefObject } from 'react';
import type { BoardServices } from '../state/BoardServices';
import { attachPointerGestures } from './pointerGestures';

/** Wheel steps larger than this are capped, so a fast mouse wheel does not jump. */
const MAX_WHEEL_FACTOR = 1.5;

/** Pan, pinch, selection rectangle and double tap (see `attachPointerGestures`), plus wheel zoom. */
export function useStageGestures(
  container: RefObject<HTMLDivElement | null>,
  stage: RefObject<Konva.Stage | null>,
  board: BoardServices,
): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const detach = attachPointerGestures(el, () => stage.current, board);
    // Plain wheel zooms (a board has no page to scroll); ctrl+wheel is a trackpad pinch.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? r.height : 1;
      const speed = e.ctrlKey ? 0.01 : 0.002;
      const factor = Math.min(MAX_WHEEL_FACTOR, Math.max(1 / MAX_WHEEL_FACTOR, Math.exp(-e.deltaY * unit * speed)));
      board.viewport.set((v) => zoomAt(v, { x: e.clientX - r.left, y: e.clientY - r.top }, factor));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      detach();
      el.removeEventListener('wheel', onWheel);
    };
  }, [container, stage, board]);
}
