import { NOTE_MAX_SIZE, NOTE_MIN_SIZE, type Rect as BoardRect } from '@essaim/shared';
import type Konva from 'konva';
import { memo, useEffect, useRef, useSyncExternalStore } from 'react';
import { Layer, Rect, Transformer } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { useNotes } from '../state/useNotes';
import { useNoteRights } from '../state/useRights';
import { useStore } from '../state/useStore';
import { SELECTED_STROKE } from './noteStyle';
import { noteAnchors, RESIZE_HANDLES, sizeBounds } from './resizeHandles';

/** Resize handles on the selected notes and the rectangle of a drag-selection. */
export const SelectionLayer = memo(function SelectionLayer() {
  const board = useBoard();
  const { ids, editingId } = useStore(board.selection);
  const marquee = useStore(board.marquee);
  // the zoom only: a pan must not re-render the layer
  const scale = useSyncExternalStore(board.viewport.subscribe, () => board.viewport.get().scale);
  const notes = useNotes();
  const rights = useNoteRights();
  const transformer = useRef<Konva.Transformer>(null);
  // far away a note is smaller than its handles: it is only outlined
  const smallest = Math.min(...[...ids].map((id) => board.notes.get(id)).map((n) => (n ? Math.min(n.width, n.height) : Infinity)));

  useEffect(() => {
    const tr = transformer.current;
    const stage = tr?.getStage();
    if (!tr || !stage) return;
    const movable = editingId ? [] : [...ids].filter((id) => rights.get(id)?.move);
    const nodes = movable.flatMap((id) => stage.findOne((n: Konva.Node) => n.id() === id && n.name() === 'note') ?? []);
    tr.nodes(nodes);
    tr.getLayer()?.batchDraw();
  }, [ids, editingId, notes, rights]);

  const onTransformEnd = () => {
    const tr = transformer.current;
    if (!tr) return;
    const rects = new Map<string, BoardRect>();
    for (const node of tr.nodes()) {
      const note = board.notes.get(node.id());
      if (!note) continue;
      rects.set(note.id, { x: node.x(), y: node.y(), width: note.width * node.scaleX(), height: note.height * node.scaleY() });
      node.scale({ x: 1, y: 1 });
    }
    board.actions.resizeNotes(rects);
  };

  return (
    <Layer>
      <Transformer
        ref={transformer}
        {...RESIZE_HANDLES}
        enabledAnchors={noteAnchors(smallest * scale)}
        boundBoxFunc={sizeBounds(NOTE_MIN_SIZE, NOTE_MAX_SIZE, scale)}
        onTransformEnd={onTransformEnd}
      />
      {marquee && (
        <Rect
          {...marquee}
          fill="rgba(29, 78, 216, 0.08)"
          stroke={SELECTED_STROKE}
          strokeWidth={1 / scale}
          dash={[6 / scale, 4 / scale]}
          listening={false}
        />
      )}
    </Layer>
  );
});
