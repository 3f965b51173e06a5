import { BOARD_LIMIT } from '@essaim/shared';
import { memo } from 'react';
import { Layer, Rect } from 'react-konva';
import { useFocusRect } from '../state/useFocusRect';

/** How dark the rest of the board goes while something is in the spotlight. */
export const FOCUS_DIM = 0.45;
/** Clear space around the focused entry (board units). */
const MARGIN = 12;
/** The veil covers the whole board, so a pan never redraws it. */
const EVERYWHERE = 2 * BOARD_LIMIT;

/**
 * The spotlight: the board dimmed but for the focused note, cluster or zone — a dark veil on a
 * layer of its own, with the focused entry's rectangle cut out of it. Nothing is drawn for a focus
 * on an entry that is gone. Never hit-tested: everyone goes on working under it.
 */
export const FocusLayer = memo(function FocusLayer() {
  const clear = useFocusRect();
  return (
    <Layer name="focus-layer" listening={false} visible={clear !== null}>
      {clear && (
        <>
          <Rect x={-EVERYWHERE} y={-EVERYWHERE} width={2 * EVERYWHERE} height={2 * EVERYWHERE} fill="#000" opacity={FOCUS_DIM} />
          <Rect
            name="focus-clear"
            x={clear.x - MARGIN}
            y={clear.y - MARGIN}
            width={clear.width + 2 * MARGIN}
            height={clear.height + 2 * MARGIN}
            cornerRadius={MARGIN}
            fill="#000"
            // cuts the focused rectangle out of this layer's veil only
            globalCompositeOperation="destination-out"
          />
        </>
      )}
    </Layer>
  );
});
