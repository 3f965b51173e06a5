import { screenToBoard, topmostAt, type Point } from '@essaim/shared';
import type Konva from 'konva';
import { useEffect, type RefObject } from 'react';
import type { BoardServices } from '../state/BoardServices';
import { isJustOpened, openContextMenu, type MenuTarget } from '../state/contextMenu';
import { LongPress } from './longPress';

/** The drawn entry under a point of the stage: the named group a note, zone, link or heading is drawn in. */
function entryAt(stage: Konva.Stage | null, p: Point): MenuTarget | null {
  for (let node: Konva.Node | null = stage?.getIntersection(p) ?? null; node && node !== stage; node = node.getParent()) {
    const name = node.name();
    if (name === 'note') return { kind: 'note', id: node.id() };
    // far away, a zone's title band is drawn over the notes, in a layer of its own
    if (name === 'zone' || name === 'zone-title-band') return { kind: 'frame', id: node.id() };
    if (name === 'label') return { kind: 'label', id: node.id() };
    if (name === 'link' && node.id().startsWith('link-')) return { kind: 'link', id: node.id().slice('link-'.length) };
  }
  return null;
}

/**
 * Right click, or a long press on a touch screen, opens the context menu of what is drawn under
 * the pointer — a note, zone, link or heading, found in the stage's hit graph, or a note far away
 * (one shape for all) by its geometry — else of the board. A layer may open its own menu from a
 * Konva `contextmenu` handler (`openContextMenu`, then `preventDefault`): this listener, on the
 * canvas's container, hears the event after it and then leaves it.
 */
export function useContextMenuGesture(container: RefObject<HTMLDivElement | null>, stage: RefObject<Konva.Stage | null>, board: BoardServices): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const openAt = (client: Point) => {
      const r = el.getBoundingClientRect();
      const local = { x: client.x - r.left, y: client.y - r.top };
      const at = screenToBoard(board.viewport.get(), local);
      const note = topmostAt(board.notes.getSnapshot(), at);
      const target: MenuTarget = entryAt(stage.current, local) ?? (note ? { kind: 'note', id: note.id } : { kind: 'board' });
      openContextMenu(board, { target, at: client, boardPoint: at });
    };
    const longPress = new LongPress(openAt);
    const onContextMenu = (e: MouseEvent) => {
      if (e.defaultPrevented) return;
      e.preventDefault();
      // a touch browser's own long-press menu right after ours
      if (isJustOpened(board)) return;
      openAt({ x: e.clientX, y: e.clientY });
    };
    const onDown = (e: PointerEvent) => {
      if (e.pointerType === 'touch') longPress.down(e.pointerId, { x: e.clientX, y: e.clientY });
    };
    const onMove = (e: PointerEvent) => longPress.move(e.pointerId, { x: e.clientX, y: e.clientY });
    const onUp = (e: PointerEvent) => longPress.up(e.pointerId);
    el.addEventListener('contextmenu', onContextMenu);
    el.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      longPress.cancel();
      el.removeEventListener('contextmenu', onContextMenu);
      el.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [container, stage, board]);
}
