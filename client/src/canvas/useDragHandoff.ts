import Konva from 'konva';
import { useCallback, useEffect, useRef } from 'react';

const NS = '.dragHandoff';

/**
 * Hands a press on a note without a node of its own (`CompactNotes`) over to Konva's drag of
 * that note's node, which the press made appear (a pressed note is selected, and selected
 * notes get a node): once the pointer has moved past Konva's drag distance, the node starts
 * dragging under it, so the drag, its awareness and its commit on drop are the usual ones.
 */
export function useDragHandoff(): (id: string, from: Konva.Node) => void {
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  return useCallback((id: string, from: Konva.Node) => {
    stop.current?.();
    const stage = from.getStage();
    const layer = from.getLayer();
    const start = stage?.getPointerPosition();
    if (!stage || !layer || !start) return;
    const onMove = () => {
      // a pan or a pinch took over (the stage stops listening meanwhile): no drag
      if (!stage.listening()) return end();
      const at = stage.getPointerPosition();
      if (!at || Math.max(Math.abs(at.x - start.x), Math.abs(at.y - start.y)) < Konva.dragDistance) return;
      const node = layer.findOne((n: Konva.Node) => n.hasName('note') && n.id() === id);
      // the node is not there yet (the render after the press): the next move tries again
      if (!node) return;
      end();
      if (!node.draggable() || node.isDragging()) return;
      // the note catches up with the pointer, so it stays held where it was pressed
      const held = node.getAbsolutePosition();
      node.setAbsolutePosition({ x: held.x + at.x - start.x, y: held.y + at.y - start.y });
      node.startDrag();
    };
    const end = () => {
      stage.off(NS);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      stop.current = null;
    };
    stage.on(`mousemove${NS} touchmove${NS} mouseup${NS} touchend${NS}`, (e) => (e.type.endsWith('move') ? onMove() : end()));
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    stop.current = end;
  }, []);
}
