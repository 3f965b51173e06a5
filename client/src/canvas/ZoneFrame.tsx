import { NOTE_COLOR_FILLS, type Frame } from '@essaim/shared';
import type Konva from 'konva';
import { memo } from 'react';
import { Group, Path, Rect, Text } from 'react-konva';
import { SELECTED_STROKE } from './noteStyle';
import { HEADING_FONT_FAMILY, LOCK_PATH, withAlpha, ZONE_CORNER, ZONE_FILL_OPACITY, ZONE_INK, ZONE_TITLE_PADDING, zoneBandHeight, zoneTitleSize } from './zoneStyle';

type KonvaHandler<E extends Event = Event> = (event: Konva.KonvaEventObject<E>) => void;

export interface ZoneHandlers {
  onPress: KonvaHandler<MouseEvent | TouchEvent>;
  onEdit: KonvaHandler<MouseEvent | TouchEvent>;
  onDragStart: KonvaHandler<DragEvent>;
  onDragMove: KonvaHandler<DragEvent>;
  onDragEnd: KonvaHandler<DragEvent>;
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
  handlers: ZoneHandlers;
}

/**
 * One zone: a light rectangle of its colour with a band across the top holding its title (and a
 * padlock when locked). Only the band listens, so a press inside the zone reaches the canvas or
 * the notes; the `Group` carries the zone id the handlers read back.
 */
export const ZoneFrame = memo(function ZoneFrame({ frame, selected, editingTitle, draggable, scale, handlers }: ZoneFrameProps) {
  const { fill, stroke } = NOTE_COLOR_FILLS[frame.color];
  const titleSize = zoneTitleSize(frame, scale);
  const band = zoneBandHeight(titleSize);
  const pad = titleSize * ZONE_TITLE_PADDING;
  const lockSize = frame.locked ? titleSize : 0;
  return (
    <Group
      id={frame.id}
      name="zone"
      x={frame.x}
      y={frame.y}
      draggable={draggable}
      onMouseDown={handlers.onPress}
      onTouchStart={handlers.onPress}
      onDblClick={handlers.onEdit}
      onDblTap={handlers.onEdit}
      onDragStart={handlers.onDragStart}
      onDragMove={handlers.onDragMove}
      onDragEnd={handlers.onDragEnd}
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
      <Rect
        name="zone-band"
        width={frame.width}
        height={Math.min(band, frame.height)}
        fill={fill}
        cornerRadius={[ZONE_CORNER, ZONE_CORNER, 0, 0]}
        perfectDrawEnabled={false}
      />
      {!editingTitle && (
        <Text
          x={pad}
          y={pad}
          width={Math.max(0, frame.width - 2 * pad - (lockSize ? lockSize + pad : 0))}
          height={titleSize * 1.2}
          text={frame.title}
          fontFamily={HEADING_FONT_FAMILY}
          fontSize={titleSize}
          fontStyle="bold"
          fill={ZONE_INK}
          wrap="none"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {frame.locked && (
        <Path
          name="zone-lock"
          x={frame.width - pad - lockSize}
          y={pad}
          data={LOCK_PATH}
          scaleX={lockSize / 24}
          scaleY={lockSize / 24}
          stroke={ZONE_INK}
          strokeWidth={2.2}
          lineCap="round"
          lineJoin="round"
          listening={false}
        />
      )}
    </Group>
  );
});
