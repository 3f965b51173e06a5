import { describe, expect, it } from 'vitest';
import { DOUBLE_CLICK_SLOP, isSecondClick } from './secondClick';

const click = (x: number, y: number, time: number) => ({ at: { x, y }, time });

describe('the second click of a double-click', () => {
  it('lands near the first, within the window', () => {
    expect(isSecondClick(click(100, 100, 0), click(103, 98, 180), DOUBLE_CLICK_SLOP, 400)).toBe(true);
  });

  it('is not one when too late, too far, or a drag apart', () => {
    expect(isSecondClick(click(100, 100, 0), click(100, 100, 450), DOUBLE_CLICK_SLOP, 400)).toBe(false);
    expect(isSecondClick(click(100, 100, 0), click(130, 100, 100), DOUBLE_CLICK_SLOP, 400)).toBe(false);
    expect(isSecondClick(click(100, 100, 0), click(100, 104, 50), 3)).toBe(false);
  });
});
