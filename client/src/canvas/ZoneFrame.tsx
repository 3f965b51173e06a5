import { NOTE_COLOR_FILLS, type Frame } from '@essaim/shared';
import type Konva from 'konva';
import { memo } from 'react';
import { Group, Rect } from 'react-konva';
import { SELECTED_STROKE } from './noteStyle';
import { ZoneTitleBand } from './ZoneTitleBand';
import { withAlpha, ZONE_CORNER, ZONE_FILL_OPACITY, zoneTitle } from './zoneStyle';

type KonvaHandler<E extends Event = Event> = (event: Konva.KonvaEventObject<E>) => void;

export interface ZoneHandlers {
  onPress: KonvaHandler<MouseEvent | TouchEvent>;
  onEdit: KonvaHandler<MouseEvent | TouchEvent>;
  onDragStart: KonvaHandler<DragEvent>;
  onDragMove: KonvaHandler<DragEvent>;
  onDragEnd: KonvaHandler<DragEvent>;
}

/** A zone's handlers as the props of the Konva group that carries its id (the zone, or its title drawn over the notes). */
export function zoneGroupEvents(handlers: ZoneHandlers) {
  return {
    onMouseDown: handlers.onPress,
    onTouchStart: handlers.onPress,
    onDblClick: handlers.onEdit,
    onDblTap: handlers.onEdit,
    onDragStart: handlers.onDragStart,
    onDragMove: handlers.onDragMove,
    onDragEnd: handlers.onDragEnd,
  };
}

/** Name of a zone's body, the node its resize handles hold. */
export const ZONE_BODY = 'zone-body';

interface ZoneFrameProps {
  frame: Frame;
  selected: boolean;
  /** the title is typed in the HTML field laid over it: not drawn meanwhile */
  editingTitle: boolean;
  /** facilitators: the band is a handle (select, drag, double-click to rename) */
  draggable: boolean;
  /** the zoom, for a title readable from afar and strokes of constant width */
  scale: number;
  /** far away the title is drawn over the notes (`ZoneTitlesLayer`): here only the band, the handle */
  titleAbove: boolean;
  handlers: ZoneHandlers;
}

/**
 * One zone: a light rectangle of its colour with a band across the top holding its title,
 * wrapped to the zone's width (and a padlock when locked). Only the band listens, so a press
 * inside the zone reaches the canvas or the notes; the `Group` carries the zone id the handlers
 * read back.
 */
export const ZoneFrame = memo(function ZoneFrame({ frame, selected, editingTitle, draggable, scale, titleAbove, handlers }: ZoneFrameProps) {
  const { fill, stroke } = NOTE_COLOR_FILLS[frame.color];
  return (
    <Group
      id={frame.id}
      name="zone"
      x={frame.x}
      y={frame.y}
      draggable={draggable}
      {...zoneGroupEvents(handlers)}
    >
      <Rect
        name={ZONE_BODY}
        width={frame.width}
        height={frame.height}
        // the zone's colour, lightened: the board shows through, notes stand out on it
        fill={withAlpha(fill, ZONE_FILL_OPACITY)}
        cornerRadius={ZONE_CORNER}
        stroke={selected ? SELECTED_STROKE : stroke}
        strokeWidth={(selected ? 3 : 1.5) / scale}
        listening={false}
        perfectDrawEnabled={false}
      />
      <ZoneTitleBand frame={frame} layout={zoneTitle(frame, scale)} editingTitle={editingTitle} bandOnly={titleAbove} />
    </Group>
  );
});
