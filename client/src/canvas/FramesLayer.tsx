import type { Frame } from '@essaim/shared';
import { memo, useMemo, useSyncExternalStore } from 'react';
import { Layer } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { liveFrames } from '../state/liveFrames';
import { useMayEditZones } from '../state/useMayEditZones';
import { useRemoteZoneDrags } from '../state/usePresence';
import { useStore } from '../state/useStore';
import { useFrameHandlers } from './useFrameHandlers';
import { ZoneFrame } from './ZoneFrame';
import { titlesOverNotes } from './zoneStyle';
import { ZoneTransformer } from './ZoneTransformer';

/**
 * The zones, under everything else. For facilitators a zone's band is a handle (select, drag
 * with its notes, double-click to rename) and a selected zone has resize handles; for everyone
 * else the layer does not listen, so a press on a zone pans or selects as on the empty canvas.
 * Far away the titles are drawn over the notes instead (`ZoneTitlesLayer`).
 */
export const FramesLayer = memo(function FramesLayer() {
  const board = useBoard();
  const stored: readonly Frame[] = useSyncExternalStore(board.frames.subscribe, board.frames.getSnapshot, board.frames.getSnapshot);
  // a zone someone else drags shows at its live place; the others keep their objects (no re-render)
  const live = useRemoteZoneDrags();
  const frames = useMemo(() => liveFrames(stored, live), [stored, live]);
  const { others } = useStore(board.selection);
  const editing = useStore(board.textEditing);
  const { panKey } = useStore(board.ui);
  // the zoom only (titles stay readable from afar): a pan must not re-render the zones
  const scale = useSyncExternalStore(board.viewport.subscribe, () => board.viewport.get().scale);
  const editable = useMayEditZones();
  const handlers = useFrameHandlers(board);
  return (
    // hidden while empty: Konva then skips its canvas on every pan and zoom frame
    <Layer listening={editable} visible={frames.length > 0}>
      {frames.map((frame) => (
        <ZoneFrame
          key={frame.id}
          frame={frame}
          selected={others.frames.has(frame.id)}
          editingTitle={editing?.kind === 'frames' && editing.id === frame.id}
          draggable={editable && !panKey}
          scale={scale}
          titleAbove={titlesOverNotes(scale)}
          handlers={handlers}
        />
      ))}
      {editable && <ZoneTransformer ids={others.frames} frames={frames} scale={scale} />}
    </Layer>
  );
});
