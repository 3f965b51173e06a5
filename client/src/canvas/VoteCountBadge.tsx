import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import { NOTE_FONT_FAMILY } from './noteStyle';
import { VOTE_DOT_COLOR } from './VoteNoteControls';

const HEIGHT = 26;
const FONT = 14;
/** px between the badge and the note's corner, where a selected note's resize handle is */
const CLEAR_OF_CORNER = 14;

interface VoteCountBadgeProps {
  noteId: string;
  /** the note's top-right corner (board units): the badge sits across the top edge, just left of it */
  x: number;
  y: number;
  scale: number;
  count: number;
}

/** A note's dots in the round whose results are shown (« 5 »), the same size on screen at any zoom. */
export const VoteCountBadge = memo(function VoteCountBadge({ noteId, x, y, scale, count }: VoteCountBadgeProps) {
  const text = String(count);
  const width = Math.max(HEIGHT, 12 + text.length * 9);
  return (
    <Group name="vote-count" id={`vote-count-${noteId}`} x={x} y={y} scaleX={1 / scale} scaleY={1 / scale} offsetX={width + CLEAR_OF_CORNER} offsetY={HEIGHT / 2} listening={false}>
      <Rect width={width} height={HEIGHT} cornerRadius={HEIGHT / 2} fill={VOTE_DOT_COLOR} stroke="#ffffff" strokeWidth={2} perfectDrawEnabled={false} />
      <Text width={width} height={HEIGHT} align="center" verticalAlign="middle" text={text} fontFamily={NOTE_FONT_FAMILY} fontSize={FONT} fontStyle="bold" fill="#ffffff" perfectDrawEnabled={false} />
    </Group>
  );
});
