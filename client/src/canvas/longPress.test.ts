import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONG_PRESS_MS, LongPress } from './longPress';

describe('LongPress', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('fires where a finger stayed still for the delay, once', () => {
    const fire = vi.fn();
    const press = new LongPress(fire);
    press.down(1, { x: 100, y: 100 });
    press.move(1, { x: 104, y: 97 });
    vi.advanceTimersByTime(LONG_PRESS_MS - 1);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledWith({ x: 100, y: 100 });
    vi.advanceTimersByTime(LONG_PRESS_MS * 2);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('does not fire for a drag, a tap or a pinch', () => {
    const fire = vi.fn();
    const press = new LongPress(fire);
    press.down(1, { x: 0, y: 0 });
    press.move(1, { x: 30, y: 0 });
    vi.advanceTimersByTime(LONG_PRESS_MS);
    press.down(2, { x: 0, y: 0 });
    press.up(2);
    vi.advanceTimersByTime(LONG_PRESS_MS);
    press.down(3, { x: 0, y: 0 });
    press.down(4, { x: 50, y: 50 });
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(fire).not.toHaveBeenCalled();
  });
});
