import { memo } from 'react';
import { Layer, Rect } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { useSearchMatches } from '../state/useSearchMatches';
import { useStore } from '../state/useStore';

export const SEARCH_LAYER = 'search-layer';
/** Orange, away from the blue of the selection: a match stays visible when it is also selected. */
const MATCH_COLOR = '#f08c00';
const CURRENT_COLOR = '#c2410c';
/** board units between a note's edge and its outline */
const OUTSET = 6;

/**
 * The canvas search's matches, each outlined over its note; the one jumped to is thicker. Drawn
 * over the notes, it listens to nothing: a press goes through to the note. Line widths stay the
 * same on screen whatever the zoom.
 */
export const SearchLayer = memo(function SearchLayer() {
  const board = useBoard();
  const matches = useSearchMatches();
  const { currentId } = useStore(board.search);
  return (
    // hidden while empty: Konva then skips its canvas on every pan and zoom frame
    <Layer name={SEARCH_LAYER} listening={false} visible={matches.length > 0}>
      {matches.map((note) => {
        const current = note.id === currentId;
        return (
          <Rect
            key={note.id}
            id={note.id}
            name={current ? 'search-match search-current' : 'search-match'}
            x={note.x - OUTSET}
            y={note.y - OUTSET}
            width={note.width + 2 * OUTSET}
            height={note.height + 2 * OUTSET}
            cornerRadius={8}
            stroke={current ? CURRENT_COLOR : MATCH_COLOR}
            strokeWidth={current ? 6 : 3}
            dash={current ? undefined : [10, 4]}
            strokeScaleEnabled={false}
            perfectDrawEnabled={false}
          />
        );
      })}
    </Layer>
  );
});
