import type { LinkKind } from '@essaim/shared';
import type Konva from 'konva';
import { memo } from 'react';
import { Arrow, Group, Label, Tag, Text } from 'react-konva';
import { measureText } from './measureText';
import { NOTE_FONT_FAMILY, SELECTED_STROKE } from './noteStyle';
import { LINK_HIT_PX, LINK_LABEL_FONT, LINK_SELECTED_WIDTH_PX, LINK_STYLES, LINK_WIDTH_PX } from './linkStyle';

interface LinkArrowProps {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: LinkKind;
  label: string;
  selected: boolean;
  /** the zoom: widths stay the same on screen */
  scale: number;
  onPress(id: string, shift: boolean): void;
}

/** One connector: the arrow, a wider invisible band that takes clicks, and its label mid-way. */
export const LinkArrow = memo(function LinkArrow({ id, x1, y1, x2, y2, kind, label, selected, scale, onPress }: LinkArrowProps) {
  const { stroke, dash } = LINK_STYLES[kind];
  const px = 1 / scale;
  const font = LINK_LABEL_FONT * px;
  const pad = 4 * px;
  // centred on the middle of the arrow
  const labelWidth = label ? measureText(label, font) + 2 * pad : 0;
  const press = (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => {
    e.cancelBubble = true;
    onPress(id, (e.evt as MouseEvent).shiftKey === true);
  };
  return (
    <Group id={`link-${id}`} name="link" onMouseDown={press} onTouchStart={press}>
      {selected && (
        <Arrow points={[x1, y1, x2, y2]} stroke={SELECTED_STROKE} strokeWidth={(LINK_SELECTED_WIDTH_PX + 4) * px} opacity={0.35} pointerLength={0} pointerWidth={0} listening={false} />
      )}
      <Arrow
        name="link-arrow"
        points={[x1, y1, x2, y2]}
        stroke={stroke}
        fill={stroke}
        strokeWidth={(selected ? LINK_SELECTED_WIDTH_PX : LINK_WIDTH_PX) * px}
        dash={dash ? dash.map((d) => d * px) : undefined}
        pointerLength={12 * px}
        pointerWidth={10 * px}
        hitStrokeWidth={LINK_HIT_PX * px}
        lineCap="round"
        perfectDrawEnabled={false}
      />
      {label && (
        <Label x={(x1 + x2) / 2 - labelWidth / 2} y={(y1 + y2) / 2 - font / 2 - pad}>
          <Tag fill="#ffffff" stroke={selected ? SELECTED_STROKE : stroke} strokeWidth={px} cornerRadius={4 * px} pointerDirection="none" />
          <Text
            text={label}
            fontFamily={NOTE_FONT_FAMILY}
            fontSize={font}
            padding={pad}
            fill="#1f2328"
            perfectDrawEnabled={false}
          />
        </Label>
      )}
    </Group>
  );
});
