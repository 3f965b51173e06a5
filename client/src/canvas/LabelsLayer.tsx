import { LABEL_MAX_FONT, LABEL_MIN_FONT, type Label } from '@essaim/shared';
import type Konva from 'konva';
import { memo, useEffect, useRef, useSyncExternalStore } from 'react';
import { Layer, Transformer } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { useMayEditZones } from '../state/useMayEditZones';
import { useStore } from '../state/useStore';
import { BoardLabel } from './BoardLabel';
import { SELECTED_STROKE } from './noteStyle';
import { useLabelHandlers } from './useLabelHandlers';

/**
 * The headings, over the zones and under the notes (a note put on a heading stays readable).
 * Facilitators select, drag, open (double-click) and scale them by a corner handle, which
 * changes the font size; for everyone else the layer does not listen.
 */
export const LabelsLayer = memo(function LabelsLayer() {
  const board = useBoard();
  const labels: readonly Label[] = useSyncExternalStore(board.labels.subscribe, board.labels.getSnapshot, board.labels.getSnapshot);
  const { others } = useStore(board.selection);
  const editing = useStore(board.textEditing);
  const { panKey } = useStore(board.ui);
  const editable = useMayEditZones();
  const handlers = useLabelHandlers(board);
  const transformer = useRef<Konva.Transformer>(null);

  useEffect(() => {
    const tr = transformer.current;
    const layer = tr?.getLayer();
    if (!tr || !layer) return;
    tr.nodes([...others.labels].flatMap((id) => layer.findOne((n: Konva.Node) => n.id() === id && n.name() === 'label') ?? []));
    layer.batchDraw();
  }, [others.labels, labels]);

  // the corner handle scales the text: its new size becomes the font size
  const onTransformEnd = () => {
    const patches = new Map<string, Partial<Label>>();
    for (const node of transformer.current?.nodes() ?? []) {
      const label = board.labels.get(node.id());
      if (!label) continue;
      const fontSize = Math.round(Math.min(LABEL_MAX_FONT, Math.max(LABEL_MIN_FONT, label.fontSize * node.scaleY())));
      patches.set(label.id, { x: Math.round(node.x()), y: Math.round(node.y()), fontSize });
      node.scale({ x: 1, y: 1 });
    }
    board.actions.updateLabels(patches);
  };

  return (
    // hidden while empty: Konva then skips its canvas on every pan and zoom frame
    <Layer listening={editable} visible={labels.length > 0}>
      {labels.map((label) => (
        <BoardLabel
          key={label.id}
          label={label}
          editing={editing?.kind === 'labels' && editing.id === label.id}
          draggable={editable && !panKey}
          handlers={handlers}
        />
      ))}
      {editable && (
        <Transformer
          ref={transformer}
          rotateEnabled={false}
          keepRatio
          flipEnabled={false}
          enabledAnchors={['top-left', 'top-right', 'bottom-left', 'bottom-right']}
          anchorSize={10}
          anchorCornerRadius={3}
          padding={4}
          borderStroke={SELECTED_STROKE}
          anchorStroke={SELECTED_STROKE}
          onTransformEnd={onTransformEnd}
        />
      )}
    </Layer>
  );
});
