import Konva from 'konva';
import { useCallback, useEffect, useRef } from 'react';
import { DOUBLE_CLICK_SLOP, isSecondClick, type Click } from './secondClick';

const NS = '.doubleClickHandoff';

/**
 * The double-click on a note without a node of its own (`CompactNotes`): its first press selects
 * the note, which then gets a node (`NotesLayer`), so the second click lands on another shape and
 * Konva, which pairs two clicks on one shape only, never fires `dblclick`. The stage's releases
 * after that press are counted here instead: a second one, near the first, within Konva's
 * double-click window, opens the note as a double-click on its node would (`onDouble`).
 */
export function useDoubleClickHandoff(): (from: Konva.Node, pressType: string, onDouble: () => void) => void {
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  return useCallback((from: Konva.Node, pressType: string, onDouble: () => void) => {
    stop.current?.();
    const stage = from.getStage();
    const start = stage?.getPointerPosition();
    if (!stage || !start) return;
    // a touch press is followed by touch releases (and maybe emulated mouse ones, not counted)
    const release = pressType.startsWith('touch') ? 'touchend' : 'mouseup';
    let first: Click | null = null;
    const onRelease = () => {
      const at = stage.getPointerPosition();
      const click: Click = { at: at ?? { x: Infinity, y: Infinity }, time: Date.now() };
      if (!first) {
        // the first press turned into a drag (handed over past the drag distance): no double-click
        if (!isSecondClick({ at: start, time: click.time }, click, Konva.dragDistance)) return end();
        first = click;
        return;
      }
      const double = isSecondClick(first, click, DOUBLE_CLICK_SLOP, Konva.dblClickWindow);
      end();
      if (double) onDouble();
    };
    const end = () => {
      stage.off(NS);
      stop.current = null;
    };
    stage.on(`${release}${NS}`, onRelease);
    stop.current = end;
  }, []);
}
