import type { Frame } from '@essaim/shared';
import type Konva from 'konva';
import { memo, useMemo, useSyncExternalStore } from 'react';
import { Group, Layer } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { liveFrames } from '../state/liveFrames';
import { useEntries } from '../state/useEntries';
import { useMayEditZones } from '../state/useMayEditZones';
import { useRemoteZoneDrags } from '../state/usePresence';
import { useStore } from '../state/useStore';
import { useFrameHandlers } from './useFrameHandlers';
import { zoneGroupEvents, type ZoneHandlers } from './ZoneFrame';
import { ZoneTitleBand } from './ZoneTitleBand';
import { titlesOverNotes, zoneTitle } from './zoneStyle';

export const ZONE_TITLES_LAYER = 'zone-titles-layer';

/**
 * Far away, the zones' bands and titles over the notes: the board is then a map of its zones,
 * and a note lying at the top of a zone must not hide which zone it is (the band lets the notes
 * under it show through, the letters stay solid). Nearer the layer is
 * empty and hidden, and the titles are drawn with their zones, under the notes (`ZoneFrame`).
 * It re-renders when the zoom crosses that step, not on a pan.
 */
export const ZoneTitlesLayer = memo(function ZoneTitlesLayer() {
  const board = useBoard();
  const over = useSyncExternalStore(board.viewport.subscribe, () => titlesOverNotes(board.viewport.get().scale));
  const count = useEntries(board.frames).length;
  const editable = useMayEditZones();
  return (
    // hidden while empty: Konva then skips its canvas on every pan and zoom frame
    <Layer name={ZONE_TITLES_LAYER} visible={over && count > 0} listening={over && editable}>
      {over && <ZoneTitles editable={editable} />}
    </Layer>
  );
});

/** The titles at this zoom; for facilitators each band stays the zone's handle, as in `ZoneFrame`. */
function ZoneTitles({ editable }: { editable: boolean }) {
  const board = useBoard();
  const stored = useEntries(board.frames);
  const live = useRemoteZoneDrags();
  const frames: readonly Frame[] = useMemo(() => liveFrames(stored, live), [stored, live]);
  const editing = useStore(board.textEditing);
  const { panKey } = useStore(board.ui);
  // the zoom only: a pan must not re-render the titles
  const scale = useSyncExternalStore(board.viewport.subscribe, () => board.viewport.get().scale);
  const handlers = useTitleHandlers(useFrameHandlers(board));
  return (
    <>
      {frames.map((frame) => (
        <Group
          key={frame.id}
          id={frame.id}
          name="zone-title-band"
          x={frame.x}
          y={frame.y}
          draggable={editable && !panKey}
          {...zoneGroupEvents(handlers)}
        >
          <ZoneTitleBand frame={frame} layout={zoneTitle(frame, scale)} editingTitle={editing?.kind === 'frames' && editing.id === frame.id} overNotes />
        </Group>
      ))}
    </>
  );
}

/** The zone's handlers, and its drawing under the notes follows the title dragged here. */
function useTitleHandlers(handlers: ZoneHandlers): ZoneHandlers {
  return useMemo(() => {
    const follow = (e: Konva.KonvaEventObject<DragEvent>) => {
      const id = e.currentTarget.id();
      const zone = e.target.getStage()?.findOne((n: Konva.Node) => n.hasName('zone') && n.id() === id);
      zone?.position(e.target.position());
    };
    return {
      ...handlers,
      onDragMove(e) {
        follow(e);
        handlers.onDragMove(e);
      },
      onDragEnd(e) {
        follow(e);
        handlers.onDragEnd(e);
      },
    };
  }, [handlers]);
}
