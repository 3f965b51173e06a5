import { linkArrow, type Rect } from '@essaim/shared';
import { memo, useCallback, useSyncExternalStore } from 'react';
import { Layer } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { selectEntry } from '../state/selection';
import { useEntries } from '../state/useEntries';
import { useNotesById } from '../state/useNotes';
import { useStore } from '../state/useStore';
import { LinkArrow } from './LinkArrow';
import { useLiveBoxes } from './useLiveBoxes';

/** The zoom alone: a pan does not re-render the links. */
function useScale(): number {
  const { viewport } = useBoard();
  const get = () => viewport.get().scale;
  return useSyncExternalStore(viewport.subscribe, get, get);
}

/**
 * The connectors, under the notes: each arrow goes from the edge of one note to the edge of the
 * other where they are drawn now (dragged here or elsewhere), or to the card of a folded cluster
 * that hides an end. A click selects a link; its panel (`LinkPanel`) changes it.
 */
export const LinksLayer = memo(function LinksLayer() {
  const board = useBoard();
  const links = useEntries(board.links);
  const notes = useNotesById();
  const { boxOf, foldedInto } = useLiveBoxes();
  const selected = useStore(board.selection).others.links;
  const scale = useScale();
  const onPress = useCallback((id: string, shift: boolean) => board.selection.set((s) => selectEntry(s, 'links', id, shift)), [board]);
  const arrows = [];
  for (const link of links) {
    const from = notes.get(link.from);
    const to = notes.get(link.to);
    if (!from || !to) continue;
    const a: Rect = foldedInto.get(from.id) ?? boxOf(from);
    const b: Rect = foldedInto.get(to.id) ?? boxOf(to);
    // both ends folded in the same cluster: nothing to draw between them
    if (a === b) continue;
    const { points } = linkArrow(a, b);
    arrows.push(
      <LinkArrow
        key={link.id}
        id={link.id}
        x1={points[0]}
        y1={points[1]}
        x2={points[2]}
        y2={points[3]}
        kind={link.kind}
        label={link.label ?? ''}
        selected={selected.has(link.id)}
        scale={scale}
        onPress={onPress}
      />,
    );
  }
  // hidden while empty: Konva then skips its canvas on every pan and zoom frame
  return (
    <Layer name="links-layer" visible={arrows.length > 0}>
      {arrows}
    </Layer>
  );
});
