import { BOARD_MAP_NAMES, panViewport, pinchViewport, rectFromPoints, screenToBoard, type PinchPoints, type Point, type Viewport } from '@essaim/shared';
import type Konva from 'konva';
import { createNoteAt } from '../state/boardCommands';
import type { BoardServices } from '../state/BoardServices';
import { mayEditZones } from '../state/frameCommands';
import { addPick, marqueePick, type MarqueePick, type MarqueeRights } from '../state/marqueePick';
import { clearSelection, selectMany } from '../state/selection';
import { voteModeOn } from '../state/voting/voteMode';

type Gesture =
  | { kind: 'pan'; pointerId: number; start: Point; view: Viewport; moved: boolean; tap: boolean; shift: boolean }
  | { kind: 'marquee'; pointerId: number; start: Point; base: MarqueePick; rights: MarqueeRights }
  | { kind: 'pinch'; ids: [number, number]; from: PinchPoints; view: Viewport };

/** Movement under which a press still counts as a tap. */
const TAP_SLOP = 6;
const DOUBLE_TAP_MS = 400;
const DOUBLE_TAP_SLOP = 24;

/**
 * Gestures on the empty canvas (notes are dragged by Konva itself):
 * drag = pan; Shift+drag or the selection tool = selection rectangle; Space+drag or the middle
 * button = pan from anywhere; two fingers = pinch-zoom and pan; double tap = new note there.
 */
export function attachPointerGestures(el: HTMLElement, getStage: () => Konva.Stage | null, board: BoardServices): () => void {
  const touches = new Map<number, Point>();
  let gesture: Gesture | null = null;
  let lastTap: { at: number; p: Point } | null = null;

  const local = (e: PointerEvent): Point => {
    const r = el.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  // While the view moves nobody can click a note: the layers skip their hit canvases, drawn
  // again once when the gesture ends.
  const setHitGraph = (on: boolean) => {
    const stage = getStage();
    if (!stage || stage.listening() === on) return;
    stage.listening(on);
    if (on) stage.batchDraw();
  };

  const endGesture = () => {
    if (gesture?.kind === 'marquee') board.marquee.set(null);
    setHitGraph(true);
    gesture = null;
    el.removeAttribute('data-gesture');
  };

  const startPinch = () => {
    const [a, b] = [...touches.entries()];
    if (!a || !b) return;
    endGesture();
    gesture = { kind: 'pinch', ids: [a[0], b[0]], from: { a: a[1], b: b[1] }, view: board.viewport.get() };
    setHitGraph(false);
    // a finger that started on a note must not keep dragging it while pinching
    getStage()?.find('.note').forEach((node) => node.isDragging() && node.stopDrag());
  };

  const onTap = (p: Point, shift: boolean) => {
    const now = performance.now();
    if (lastTap && now - lastTap.at < DOUBLE_TAP_MS && Math.hypot(p.x - lastTap.p.x, p.y - lastTap.p.y) < DOUBLE_TAP_SLOP) {
      lastTap = null;
      createNoteAt(board, screenToBoard(board.viewport.get(), p));
      return;
    }
    lastTap = { at: now, p };
    if (!shift) board.selection.set(clearSelection);
  };

  const onDown = (e: PointerEvent) => {
    const p = local(e);
    if (e.pointerType === 'touch') {
      // no compatibility mousedown after a tap: it would move focus and close a just-opened editor
      e.preventDefault();
      touches.set(e.pointerId, p);
      if (touches.size === 2) return startPinch();
    }
    if (gesture) return;
    const button = e.pointerType === 'mouse' ? e.button : 0;
    if (button !== 0 && button !== 1) return;
    const { panKey, selectTool } = board.ui.get();
    const hit = getStage()?.getIntersection(p);
    const onNote = hit != null;
    const view = board.viewport.get();
    if (button === 1 || panKey) {
      e.preventDefault();
      gesture = { kind: 'pan', pointerId: e.pointerId, start: p, view, moved: false, tap: false, shift: false };
    } else if (hit && isNote(hit) && voteModeOn(board)) {
      // vote mode: a note is not dragged, so a drag from it pans the board; a click on it is a dot (`createVoteTaps`),
      // so its mouse events must come (no preventDefault)
      gesture = { kind: 'pan', pointerId: e.pointerId, start: p, view, moved: false, tap: false, shift: false };
    } else if (onNote) {
      return;
    } else if (e.shiftKey || selectTool) {
      const { ids, others } = board.selection.get();
      const base: MarqueePick = e.shiftKey ? { ids: [...ids], others: { frames: [...others.frames], labels: [...others.labels], links: [...others.links] } } : NOTHING;
      gesture = { kind: 'marquee', pointerId: e.pointerId, start: screenToBoard(view, p), base, rights: marqueeRights(board) };
    } else {
      gesture = { kind: 'pan', pointerId: e.pointerId, start: p, view, moved: false, tap: true, shift: e.shiftKey };
    }
    el.setAttribute('data-gesture', gesture.kind);
  };

  const onMove = (e: PointerEvent) => {
    if (touches.has(e.pointerId)) touches.set(e.pointerId, local(e));
    if (!gesture) return;
    if (gesture.kind === 'pinch') {
      const a = touches.get(gesture.ids[0]);
      const b = touches.get(gesture.ids[1]);
      if (a && b) board.viewport.set(pinchViewport(gesture.view, gesture.from, { a, b }));
      return;
    }
    if (e.pointerId !== gesture.pointerId) return;
    const p = local(e);
    if (gesture.kind === 'pan') {
      const dx = p.x - gesture.start.x;
      const dy = p.y - gesture.start.y;
      if (!gesture.moved && Math.hypot(dx, dy) < TAP_SLOP) return;
      if (!gesture.moved) setHitGraph(false);
      gesture.moved = true;
      board.viewport.set(panViewport(gesture.view, dx, dy));
      return;
    }
    const rect = rectFromPoints(gesture.start, screenToBoard(board.viewport.get(), p));
    board.marquee.set(rect);
    const pick = marqueePick(
      rect,
      { notes: board.notes.getSnapshot(), frames: board.frames.getSnapshot(), labels: board.labels.getSnapshot(), links: board.links.getSnapshot() },
      gesture.rights,
    );
    const { ids, others } = addPick(gesture.base, pick);
    board.selection.set((s) => selectMany(s, ids, others));
  };

  const onUp = (e: PointerEvent) => {
    touches.delete(e.pointerId);
    if (!gesture) return;
    if (gesture.kind === 'pinch') {
      if (touches.size < 2) endGesture();
      return;
    }
    if (e.pointerId !== gesture.pointerId) return;
    if (gesture.kind === 'pan' && gesture.tap && !gesture.moved && e.type === 'pointerup') onTap(local(e), gesture.shift);
    endGesture();
  };

  el.addEventListener('pointerdown', onDown);
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', onUp);
  window.addEventListener('pointercancel', onUp);
  return () => {
    el.removeEventListener('pointerdown', onDown);
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onUp);
    endGesture();
  };
}

/** A note's own node or the shape drawing the far-away ones (not its vote controls, a zone or a link). */
const isNote = (shape: Konva.Node) => shape.hasName('compact-notes') || shape.findAncestor('.note') != null;

const NOTHING: MarqueePick = { ids: [], others: { frames: [], labels: [], links: [] } };

/** What this user may pick beyond notes, asked of the rights table once per rectangle. */
function marqueeRights(board: BoardServices): MarqueeRights {
  return {
    zones: mayEditZones(board),
    link: (link) => board.permits([{ map: BOARD_MAP_NAMES.links, key: link.id, before: link, after: undefined }]) === null,
  };
}
