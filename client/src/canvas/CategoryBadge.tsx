import { BADGE_OUTLINES, NOTE_COLOR_FILLS, type Category } from '@essaim/shared';
import { Group, Rect, Text } from 'react-konva';
import { textWidth } from './fitNoteText';
import { NOTE_FONT_FAMILY, NOTE_TEXT_COLOR } from './noteStyle';

export const BADGE_FONT_SIZE = 10;
export const BADGE_HEIGHT = 16;
const BADGE_PADDING = 6;
/** A narrow badge keeps this much padding, so a first letter still shows. */
const NARROW_PADDING = 3;
const ELLIPSIS = '…';

export interface BadgeLayout {
  width: number;
  /** the name, or its start and « … », or '' where not even one letter fits (the colour still says it) */
  text: string;
  padding: number;
}

const measureBadge = (text: string) => textWidth(text, BADGE_FONT_SIZE, true);

/**
 * The badge for this name, never wider than `maxWidth`: the whole name when it fits, else its
 * start and « … » (the legend has it whole); null when not even a round pill fits.
 */
export function categoryBadgeLayout(name: string, maxWidth: number, measure: (text: string) => number = measureBadge): BadgeLayout | null {
  if (maxWidth < BADGE_HEIGHT) return null;
  const natural = Math.ceil(measure(name)) + 2 * BADGE_PADDING + 2;
  if (natural <= maxWidth) return { width: natural, text: name, padding: BADGE_PADDING };
  const padding = maxWidth < 3 * BADGE_HEIGHT ? NARROW_PADDING : BADGE_PADDING;
  const room = maxWidth - 2 * padding - 2;
  const chars = Array.from(name);
  for (let n = chars.length - 1; n > 0; n--) {
    const text = chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
    if (measure(text) <= room) return { width: maxWidth, text, padding };
  }
  return { width: maxWidth, text: '', padding };
}

/** A note's category on the canvas: a small pill in the category's colour with its name, its right edge at `right`. */
export function CategoryBadge({ category, right, y, layout }: { category: Category; right: number; y: number; layout: BadgeLayout }) {
  const { fill } = NOTE_COLOR_FILLS[category.color];
  const { width, text, padding } = layout;
  return (
    <Group name="category-badge" x={right - width} y={y} listening={false}>
      <Rect width={width} height={BADGE_HEIGHT} fill={fill} stroke={BADGE_OUTLINES[category.color]} strokeWidth={1.5} cornerRadius={BADGE_HEIGHT / 2} perfectDrawEnabled={false} />
      {text && (
        // already cut to fit (`categoryBadgeLayout`): drawn as is
        <Text
          x={padding}
          width={width - 2 * padding}
          height={BADGE_HEIGHT}
          verticalAlign="middle"
          text={text}
          fontFamily={NOTE_FONT_FAMILY}
          fontSize={BADGE_FONT_SIZE}
          fontStyle="bold"
          fill={NOTE_TEXT_COLOR}
          wrap="none"
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
}
