import type Konva from 'konva';
import { memo, useMemo } from 'react';
import { Circle, Group, Rect, Text } from 'react-konva';
import { NOTE_FONT_FAMILY } from './noteStyle';
import { voteControlsLayout, type VoteSizes } from './voteControlsLayout';

export const VOTE_DOT_COLOR = '#6d28d9';
const BUTTON_FILL = '#ede9fe';
const SPENT_FILL = '#e5e7eb';
const SPENT_TEXT = '#6b7280';

type Handler = (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => void;

interface VoteNoteControlsProps {
  noteId: string;
  /** the pill's centre (board units), from `votePillPlace` */
  x: number;
  y: number;
  scale: number;
  /** this person's dots on the note, as the server last answered */
  mine: number;
  /** requests on their way for it */
  waiting: number;
  sizes: VoteSizes;
  /** a dot may still go here as far as this screen knows (the server decides): « + » looks spent otherwise */
  open: boolean;
  onAdd(noteId: string): void;
  onRemove(noteId: string): void;
}

/** Over a stage press, a vote control is not the empty canvas nor the note: no pan, no selection, no drag. */
const stop: Handler = (e) => {
  e.cancelBubble = true;
};
const pointer = (on: boolean) => (e: Konva.KonvaEventObject<MouseEvent>) => {
  const container = e.target.getStage()?.container();
  if (container) container.style.cursor = on ? 'pointer' : '';
};

/**
 * A note's vote controls for the person voting: their dots (a click on one takes it back), « − »
 * and « + », in a pill inside the note's bottom edge, the same size on screen at any zoom.
 */
export const VoteNoteControls = memo(function VoteNoteControls({ noteId, x, y, scale, mine, waiting, sizes, open, onAdd, onRemove }: VoteNoteControlsProps) {
  // numbers in, the layout made here: a change elsewhere in the room (someone's dot, a round's count of voters) redraws no pill
  const layout = useMemo(() => voteControlsLayout(mine, waiting, sizes), [mine, waiting, sizes]);
  const { width, height } = layout;
  const mid = height / 2;
  const r = sizes.button / 2 - 4;
  const add: Handler = (e) => {
    e.cancelBubble = true;
    onAdd(noteId);
  };
  const remove: Handler = (e) => {
    e.cancelBubble = true;
    onRemove(noteId);
  };
  const target = (onPress: Handler) => ({ onClick: onPress, onTap: onPress, onMouseDown: stop, onTouchStart: stop, onDblClick: stop, onDblTap: stop, onMouseEnter: pointer(true), onMouseLeave: pointer(false) });
  return (
    <Group name="vote-controls" id={`vote-${noteId}`} x={x} y={y} scaleX={1 / scale} scaleY={1 / scale} offsetX={width / 2} offsetY={mid}>
      <Rect width={width} height={height} cornerRadius={mid} fill="#ffffff" stroke={VOTE_DOT_COLOR} strokeWidth={1.5} shadowColor="#000" shadowBlur={4} shadowOpacity={0.2} shadowOffsetY={1} onMouseDown={stop} onTouchStart={stop} onDblClick={stop} onDblTap={stop} perfectDrawEnabled={false} />
      {layout.dots.map((cx, i) => (
        <Circle key={i} name="vote-dot" x={cx} y={mid} radius={sizes.dot / 2} fill={VOTE_DOT_COLOR} hitStrokeWidth={6} {...target(remove)} />
      ))}
      {layout.many && <Text x={layout.many.x} y={0} height={height} verticalAlign="middle" text={layout.many.text} fontFamily={NOTE_FONT_FAMILY} fontSize={13} fontStyle="bold" fill={VOTE_DOT_COLOR} listening={false} />}
      {layout.pendingDot !== null && <Circle x={layout.pendingDot} y={mid} radius={sizes.dot / 2 - 1} stroke={VOTE_DOT_COLOR} strokeWidth={1.5} dash={[3, 2]} listening={false} />}
      {layout.minus !== null && (
        <Group name="vote-remove" x={layout.minus} y={mid} {...target(remove)}>
          <Rect x={-sizes.button / 2} y={-mid} width={sizes.button} height={height} fill="rgba(0,0,0,0)" />
          <Circle radius={r} fill={BUTTON_FILL} listening={false} />
          <Rect x={-r / 2} y={-1} width={r} height={2.5} fill={VOTE_DOT_COLOR} listening={false} />
        </Group>
      )}
      <Group name="vote-add" x={layout.plus} y={mid} {...target(add)}>
        <Rect x={-sizes.button / 2} y={-mid} width={sizes.button} height={height} fill="rgba(0,0,0,0)" />
        <Circle radius={r} fill={open ? VOTE_DOT_COLOR : SPENT_FILL} listening={false} />
        <Rect x={-r / 2} y={-1.25} width={r} height={2.5} fill={open ? '#ffffff' : SPENT_TEXT} listening={false} />
        <Rect x={-1.25} y={-r / 2} width={2.5} height={r} fill={open ? '#ffffff' : SPENT_TEXT} listening={false} />
      </Group>
    </Group>
  );
});
