import type Konva from 'konva';
import { useRef } from 'react';
import { Layer, Stage } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { useStore } from '../state/useStore';
import { ClustersLayer } from './ClustersLayer';
import { CursorsLayer } from './CursorsLayer';
import { EditingBadgesLayer } from './EditingBadgesLayer';
import { FocusLayer } from './FocusLayer';
import { FramesLayer } from './FramesLayer';
import { LabelsLayer } from './LabelsLayer';
import { LinksLayer } from './LinksLayer';
import { NotesLayer } from './NotesLayer';
import { SearchLayer } from './SearchLayer';
import { SelectionLayer } from './SelectionLayer';
import { useAttentionView } from './useAttentionView';
import { DRAG_LAYER } from './useNoteHandlers';
import { useContextMenuGesture } from './useContextMenuGesture';
import { useCursorBroadcast } from './useCursorBroadcast';
import { useInitialView } from './useInitialView';
import { useStageGestures } from './useStageGestures';
import { useStageSize } from './useStageSize';
import { VoteLayer } from './VoteLayer';
import { ZoneTitlesLayer } from './ZoneTitlesLayer';

const GRID = 24;

/**
 * The canvas: one Konva layer per concern, under a viewport the user pans and zooms. The layers
 * are memoised, so a pan re-renders only this component; the notes being dragged move to the
 * drag layer, so a drag redraws them and not every other note.
 */
export function BoardStage() {
  const board = useBoard();
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const size = useStore(board.stageSize);
  const view = useStore(board.viewport);
  const { panKey, selectTool } = useStore(board.ui);
  useStageSize(container, board);
  useInitialView(board);
  useAttentionView(board);
  useStageGestures(container, stage, board);
  useCursorBroadcast(container, board);
  useContextMenuGesture(container, stage, board);
  return (
    // the canvas is for pointers; keyboard and screen-reader users get the notes list
    <div
      ref={container}
      className="board-canvas"
      data-pan-key={panKey || undefined}
      data-select-tool={selectTool || undefined}
      aria-hidden="true"
      // the dot grid moves and scales with the board, so panning is visible even on an empty board
      style={{ backgroundSize: `${GRID * view.scale}px ${GRID * view.scale}px`, backgroundPosition: `${view.x}px ${view.y}px` }}
    >
      {size.width > 0 && size.height > 0 && (
        <Stage ref={stage} width={size.width} height={size.height} x={view.x} y={view.y} scaleX={view.scale} scaleY={view.scale}>
          <FramesLayer />
          <LabelsLayer />
          <ClustersLayer />
          <LinksLayer />
          <NotesLayer />
          <ZoneTitlesLayer />
          <VoteLayer />
          <SearchLayer />
          <FocusLayer />
          <Layer name={DRAG_LAYER} />
          <SelectionLayer />
          <EditingBadgesLayer />
          <CursorsLayer />
        </Stage>
      )}
    </div>
  );
}
