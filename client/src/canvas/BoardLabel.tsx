import { LABEL_INKS, type Label } from '@essaim/shared';
import type Konva from 'konva';
import { memo } from 'react';
import { Text } from 'react-konva';
import { HEADING_FONT_FAMILY, ZONE_INK } from './zoneStyle';

type KonvaHandler<E extends Event = Event> = (event: Konva.KonvaEventObject<E>) => void;

export interface LabelHandlers {
  onPress: KonvaHandler<MouseEvent | TouchEvent>;
  onEdit: KonvaHandler<MouseEvent | TouchEvent>;
  onDragEnd: KonvaHandler<DragEvent>;
}

export const LABEL_LINE_HEIGHT = 1.15;

/** One heading, in bold, in the board's ink or a dark shade of its colour; the node carries the label id. */
export const BoardLabel = memo(function BoardLabel({ label, editing, draggable, handlers }: { label: Label; editing: boolean; draggable: boolean; handlers: LabelHandlers }) {
  return (
    <Text
      id={label.id}
      name="label"
      x={label.x}
      y={label.y}
      text={label.text}
      fontFamily={HEADING_FONT_FAMILY}
      fontSize={label.fontSize}
      fontStyle="bold"
      lineHeight={LABEL_LINE_HEIGHT}
      fill={label.color ? LABEL_INKS[label.color] : ZONE_INK}
      // hidden while its text is typed in the field laid over it, but kept for its handles
      opacity={editing ? 0 : 1}
      draggable={draggable}
      // a heading in thin letters is hard to hit: its whole box answers
      hitFunc={(ctx, shape) => {
        ctx.beginPath();
        ctx.rect(0, 0, shape.width(), shape.height());
        ctx.closePath();
        ctx.fillStrokeShape(shape);
      }}
      onMouseDown={handlers.onPress}
      onTouchStart={handlers.onPress}
      onDblClick={handlers.onEdit}
      onDblTap={handlers.onEdit}
      onDragEnd={handlers.onDragEnd}
      perfectDrawEnabled={false}
    />
  );
});
