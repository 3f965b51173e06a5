import { describe, expect, it } from 'vitest';
import { VOTE_SIZES, voteControlsLayout } from './voteControlsLayout';

describe('voteControlsLayout', () => {
  it('offers « + » alone on a note without my dots, and « − » beside my dots once there are some', () => {
    const none = voteControlsLayout(0, 0, VOTE_SIZES.fine);
    expect(none.dots).toEqual([]);
    expect(none.minus).toBeNull();
    const two = voteControlsLayout(2, 0, VOTE_SIZES.fine);
    expect(two.dots).toHaveLength(2);
    expect(two.minus).not.toBeNull();
    // left to right, nothing overlapping, all inside the pill
    const xs = [...two.dots, two.minus!, two.plus];
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(two.plus + VOTE_SIZES.fine.button / 2).toBeLessThanOrEqual(two.width);
  });

  it('shows a dot on its way apart from the granted ones, and many dots as a number', () => {
    expect(voteControlsLayout(1, 1, VOTE_SIZES.fine).pendingDot).not.toBeNull();
    expect(voteControlsLayout(1, -1, VOTE_SIZES.fine).pendingDot).toBeNull();
    const many = voteControlsLayout(7, 0, VOTE_SIZES.fine);
    expect(many.dots).toHaveLength(1);
    expect(many.many?.text).toBe('×7');
  });

  it('gives a finger 44 px targets', () => {
    const layout = voteControlsLayout(1, 0, VOTE_SIZES.coarse);
    expect(layout.height).toBe(44);
    expect(layout.plus - layout.minus!).toBeGreaterThanOrEqual(44);
  });
});
