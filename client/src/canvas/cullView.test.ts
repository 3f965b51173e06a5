import { rectsIntersect } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { nextCullView, noteDetail, visibleBoardRect } from './cullView';

const screen = { width: 1000, height: 500 };

describe('nextCullView', () => {
  it('covers the visible board and a margin, so notes just off screen are ready for a pan', () => {
    const cull = nextCullView(null, { x: 0, y: 0, scale: 1 }, screen);
    expect(rectsIntersect(cull.window, { x: 1200, y: 100, width: 160, height: 160 })).toBe(true);
    expect(rectsIntersect(cull.window, { x: 2000, y: 100, width: 160, height: 160 })).toBe(false);
  });

  it('keeps the same window through a small pan and a new one past its edge', () => {
    const first = nextCullView(null, { x: 0, y: 0, scale: 1 }, screen);
    expect(nextCullView(first, { x: -200, y: 100, scale: 1 }, screen)).toBe(first);
    const moved = nextCullView(first, { x: -800, y: 0, scale: 1 }, screen);
    expect(moved).not.toBe(first);
    expect(moved.window.x).toBeGreaterThan(first.window.x);
  });

  it('shrinks the window after zooming far in, and draws plain cards when text is unreadable', () => {
    const far = nextCullView(null, { x: 0, y: 0, scale: 0.1 }, screen);
    expect(far.detail).toBe('compact');
    const near = nextCullView(far, { x: 0, y: 0, scale: 2 }, screen);
    expect(near.detail).toBe('full');
    expect(near.window.width).toBeLessThan(far.window.width / 4);
    expect(noteDetail(1)).toBe('full');
  });

  it('far away, gives a new view on every zoom step (the bitmap follows the scale), keeping the window', () => {
    const far = nextCullView(null, { x: 0, y: 0, scale: 0.1 }, screen);
    const closer = nextCullView(far, { x: 0, y: 0, scale: 0.12 }, screen);
    expect(closer).not.toBe(far);
    expect(closer.window).toBe(far.window);
    expect(nextCullView(closer, { x: -10, y: 0, scale: 0.12 }, screen)).toBe(closer);
  });

  it('reads the visible board from the viewport', () => {
    expect(visibleBoardRect({ x: -100, y: 50, scale: 2 }, screen)).toEqual({ x: 50, y: -25, width: 500, height: 250 });
  });
});
