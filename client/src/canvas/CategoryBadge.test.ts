import { BADGE_OUTLINES, NOTE_COLOR_FILLS, NOTE_COLORS, NOTE_MIN_SIZE } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { BADGE_HEIGHT, categoryBadgeLayout } from './CategoryBadge';
import { contrastRatio } from './contrastRatio';
import { NOTE_PADDING, NOTE_TEXT_COLOR } from './noteStyle';

// 6 px a character: the width is what matters here, not a font
const measure = (text: string) => Array.from(text).length * 6;

describe('a category badge', () => {
  it('shows a long name cut with « … », inside the room it is given, on the smallest note too', () => {
    const room = NOTE_MIN_SIZE - 2 * NOTE_PADDING;
    const layout = categoryBadgeLayout('Communauté de communes', room, measure)!;
    expect(layout.width).toBeLessThanOrEqual(room);
    expect(layout.text).toMatch(/^Com+…$/);
    expect(measure(layout.text)).toBeLessThanOrEqual(layout.width - 2 * layout.padding);
  });

  it('shows a short name whole, as wide as it needs', () => {
    const layout = categoryBadgeLayout('Mobilité', 120, measure)!;
    expect(layout.text).toBe('Mobilité');
    expect(layout.width).toBeLessThan(120);
  });

  it('is left out where not even a round pill fits', () => {
    expect(categoryBadgeLayout('Mobilité', BADGE_HEIGHT - 1, measure)).toBeNull();
  });

  it('stands out on every note colour (3:1, WCAG non-text) and its text reads on it (4.5:1)', () => {
    for (const badge of NOTE_COLORS) {
      expect(contrastRatio(NOTE_TEXT_COLOR, NOTE_COLOR_FILLS[badge].fill), badge).toBeGreaterThanOrEqual(4.5);
      for (const note of NOTE_COLORS) expect(contrastRatio(BADGE_OUTLINES[badge], NOTE_COLOR_FILLS[note].fill), `${badge} on ${note}`).toBeGreaterThanOrEqual(3);
    }
  });
});
