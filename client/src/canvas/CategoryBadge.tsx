import { NOTE_COLOR_FILLS, type Category } from '@essaim/shared';
import { Group, Rect, Text } from 'react-konva';
import { textWidth } from './fitNoteText';
import { NOTE_FONT_FAMILY, NOTE_TEXT_COLOR } from './noteStyle';

export const BADGE_FONT_SIZE = 10;
export const BADGE_HEIGHT = 16;
const BADGE_PADDING = 6;

/** The badge's width for this name, at most `maxWidth` (a longer name ends with an ellipsis; the legend has it whole). */
export function categoryBadgeWidth(name: string, maxWidth: number): number {
  return Math.min(maxWidth, Math.ceil(textWidth(name, BADGE_FONT_SIZE, true)) + 2 * BADGE_PADDING + 2);
}

/** A note's category on the canvas: a small pill in the category's colour with its name, its right edge at `right`. */
export function CategoryBadge({ category, right, y, width }: { category: Category; right: number; y: number; width: number }) {
  const { fill, stroke } = NOTE_COLOR_FILLS[category.color];
  return (
    <Group x={right - width} y={y} listening={false}>
      <Rect width={width} height={BADGE_HEIGHT} fill={fill} stroke={stroke} strokeWidth={1} cornerRadius={BADGE_HEIGHT / 2} perfectDrawEnabled={false} />
      <Text
        x={BADGE_PADDING}
        width={width - 2 * BADGE_PADDING}
        height={BADGE_HEIGHT}
        verticalAlign="middle"
        text={category.name}
        fontFamily={NOTE_FONT_FAMILY}
        fontSize={BADGE_FONT_SIZE}
        fontStyle="bold"
        fill={NOTE_TEXT_COLOR}
        wrap="none"
        ellipsis
        perfectDrawEnabled={false}
      />
    </Group>
  );
}
