import type Konva from 'konva';
import { memo } from 'react';
import { Circle, Group, Rect, Text } from 'react-konva';
import { NOTE_FONT_FAMILY } from './noteStyle';
import { VOTE_DOT_COLOR } from './VoteNoteControls';

type PressEvent = Konva.KonvaEventObject<MouseEvent | TouchEvent>;

interface VoteMineBadgeProps {
  noteId: string;
  /** the note's top-left corner (board units): the badge sits across it */
  x: number;
  y: number;
  scale: number;
  /** this person's dots on the note */
  mine: number;
  /** requests on their way for it: a hollow dot until the server answers */
  waiting: number;
  /** on-screen height (px): a finger's on a touch screen */
  height: number;
  onRemove(noteId: string): void;
}

const stop = (e: PressEvent) => {
  e.cancelBubble = true;
};

/**
 * A participant's dots on a note too small on screen for its vote controls: « ● 2 », the same
 * size on screen at any zoom, so a click on a note far away shows its dot. A click on it takes one back.
 */
export const VoteMineBadge = memo(function VoteMineBadge({ noteId, x, y, scale, mine, waiting, height, onRemove }: VoteMineBadgeProps) {
  const r = height / 2 - 4;
  const text = mine > 0 ? String(mine) : '';
  const width = text ? height + 4 + text.length * 8 : height;
  const remove = (e: PressEvent) => {
    e.cancelBubble = true;
    if (mine > 0) onRemove(noteId);
  };
  return (
    <Group
      name="vote-mine"
      id={`vote-mine-${noteId}`}
      x={x}
      y={y}
      scaleX={1 / scale}
      scaleY={1 / scale}
      offsetX={height / 3}
      offsetY={height / 3}
      onMouseDown={stop}
      onTouchStart={stop}
      onDblClick={stop}
      onDblTap={stop}
      onClick={remove}
      onTap={remove}
    >
      <Rect width={width} height={height} cornerRadius={height / 2} fill="#ffffff" stroke={VOTE_DOT_COLOR} strokeWidth={1.5} perfectDrawEnabled={false} />
      {mine > 0 ? (
        <Circle x={height / 2} y={height / 2} radius={r} fill={VOTE_DOT_COLOR} listening={false} />
      ) : (
        <Circle x={height / 2} y={height / 2} radius={r - 1} stroke={VOTE_DOT_COLOR} strokeWidth={1.5} dash={[3, 2]} listening={false} />
      )}
      {text && <Text x={height - 2} y={0} height={height} verticalAlign="middle" text={text} fontFamily={NOTE_FONT_FAMILY} fontSize={13} fontStyle="bold" fill={VOTE_DOT_COLOR} listening={false} />}
      {mine > 0 && waiting > 0 && <Circle x={width - 2} y={2} radius={3} fill={VOTE_DOT_COLOR} listening={false} />}
    </Group>
  );
});
