import type Konva from 'konva';
import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import { CLUSTER_TAB_HEIGHT } from '../state/clusterGeometry';
import { clusterTabBox, TAB_FONT as FONT, TAB_PAD as PAD, TAB_TOGGLE as TOGGLE } from './clusterTab';
import { measureText } from './measureText';
import { NOTE_FONT_FAMILY, SELECTED_STROKE } from './noteStyle';
import type { ClusterHandlers } from './useClusterHandlers';

export const CLUSTER_STROKE = '#4f46e5';
const FILL = '#eef2ff';

interface ClusterTitleProps {
  id: string;
  x: number;
  y: number;
  /** « Transports · 4 », its title already cut to fit (`clusterTabText`); folded, the title alone */
  text: string;
  collapsed: boolean;
  /** folded: the card's size, drawn with the count below the title */
  card: { width: number; height: number; count: string } | null;
  selected: boolean;
  draggable: boolean;
  handlers: ClusterHandlers;
}

type PressEvent = Konva.KonvaEventObject<MouseEvent | TouchEvent>;

/**
 * The handle of a cluster: a tab above its outline (or, folded, its whole card) with its toggle.
 * A click selects the cluster's notes, a double-click renames it, a drag moves them.
 */
export const ClusterTitle = memo(function ClusterTitle({ id, x, y, text, collapsed, card, selected, draggable, handlers }: ClusterTitleProps) {
  const { width, height } = clusterTabBox({ x, y }, measureText(text, FONT, true), card);
  const titleWidth = width - TOGGLE - 2 * PAD;
  const stroke = selected ? SELECTED_STROKE : CLUSTER_STROKE;
  const press = (e: PressEvent) => {
    e.cancelBubble = true;
    handlers.press(id, (e.evt as MouseEvent).shiftKey === true);
  };
  const toggle = (e: PressEvent) => {
    e.cancelBubble = true;
    handlers.toggle(id);
  };
  return (
    <Group
      id={`cluster-${id}`}
      name="cluster-title"
      x={x}
      y={y}
      draggable={draggable}
      onMouseDown={press}
      onTouchStart={press}
      onDblClick={() => handlers.rename(id)}
      onDblTap={() => handlers.rename(id)}
      onDragStart={(e) => handlers.dragStart(id, e.target)}
      onDragMove={(e) => handlers.dragMove(e.target)}
      onDragEnd={(e) => handlers.dragEnd(e.target)}
    >
      <Rect
        width={width}
        height={height}
        fill={card ? '#ffffff' : FILL}
        stroke={stroke}
        strokeWidth={selected ? 3 : 1.5}
        cornerRadius={card ? 12 : [10, 10, 0, 0]}
        shadowEnabled={card !== null}
        shadowColor="#000"
        shadowBlur={8}
        shadowOffsetY={2}
        shadowOpacity={0.18}
        perfectDrawEnabled={false}
      />
      <Text
        name="cluster-toggle"
        x={4}
        y={4}
        width={TOGGLE - 4}
        height={CLUSTER_TAB_HEIGHT - 10}
        align="center"
        verticalAlign="middle"
        text={collapsed ? '▸' : '▾'}
        fontSize={FONT + 4}
        fill={CLUSTER_STROKE}
        onMouseDown={(e) => (e.cancelBubble = true)}
        onTouchStart={(e) => (e.cancelBubble = true)}
        onClick={toggle}
        onTap={toggle}
      />
      <Text
        name="cluster-title-text"
        x={TOGGLE}
        y={0}
        width={card ? card.width - TOGGLE - PAD : titleWidth + PAD}
        height={CLUSTER_TAB_HEIGHT - 2}
        verticalAlign="middle"
        text={text}
        fontFamily={NOTE_FONT_FAMILY}
        fontSize={FONT}
        fontStyle="bold"
        fill="#1f2328"
        wrap="none"
        ellipsis
        listening={false}
        perfectDrawEnabled={false}
      />
      {card && (
        <Text
          x={TOGGLE}
          y={CLUSTER_TAB_HEIGHT}
          width={card.width - TOGGLE - PAD}
          text={card.count}
          fontFamily={NOTE_FONT_FAMILY}
          fontSize={14}
          fill="#4b5563"
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
