import { describe, expect, it } from 'vitest';
import { boundsOf, rectFromPoints, rectsIntersect } from './Rect.js';
import { fitRectInView, fitToContent, MAX_SCALE, MIN_SCALE, panToShow, screenToBoard, visibleRect, zoomAt } from './viewport.js';

describe('viewport', () => {
  it('zooming keeps the board point under the pointer in place', () => {
    const view = { x: 120, y: -40, scale: 0.8 };
    const pointer = { x: 400, y: 300 };
    const before = screenToBoard(view, pointer);
    const after = screenToBoard(zoomAt(view, pointer, 1.7), pointer);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('never zooms beyond the limits', () => {
    expect(zoomAt({ x: 0, y: 0, scale: 1 }, { x: 0, y: 0 }, 1000).scale).toBe(MAX_SCALE);
    expect(zoomAt({ x: 0, y: 0, scale: 1 }, { x: 0, y: 0 }, 0.0001).scale).toBe(MIN_SCALE);
  });

  it('fit to content shows every note inside the screen, centred', () => {
    const content = boundsOf([{ x: -500, y: 100, width: 160, height: 160 }, { x: 2000, y: 900, width: 160, height: 160 }])!;
    const screen = { width: 360, height: 640 };
    const view = fitToContent(content, screen);
    const topLeft = { x: content.x * view.scale + view.x, y: content.y * view.scale + view.y };
    const bottomRight = { x: (content.x + content.width) * view.scale + view.x, y: (content.y + content.height) * view.scale + view.y };
    expect(topLeft.x).toBeGreaterThanOrEqual(0);
    expect(bottomRight.x).toBeLessThanOrEqual(screen.width);
    expect(topLeft.y).toBeGreaterThanOrEqual(0);
    expect(bottomRight.y).toBeLessThanOrEqual(screen.height);
    expect((topLeft.x + bottomRight.x) / 2).toBeCloseTo(screen.width / 2);
  });

  it('fit to content does not blow up a single small note beyond 100 %', () => {
    expect(fitToContent({ x: 0, y: 0, width: 160, height: 160 }, { width: 1280, height: 800 }).scale).toBe(1);
  });
});

describe('rectangles', () => {
  it('a selection rectangle drawn in any direction catches the notes it touches', () => {
    const sel = rectFromPoints({ x: 300, y: 300 }, { x: 100, y: 100 });
    expect(rectsIntersect(sel, { x: 250, y: 250, width: 160, height: 160 })).toBe(true);
    expect(rectsIntersect(sel, { x: 301, y: 0, width: 50, height: 50 })).toBe(false);
  });
});

describe('panToShow', () => {
  it('pans just enough to bring a note that is off to the right into view', () => {
    const view = { x: 0, y: 0, scale: 1 };
    const moved = panToShow(view, { x: 300, y: 100, width: 160, height: 160 }, { width: 360, height: 640 });
    expect(moved).toEqual({ x: -116, y: 0, scale: 1 });
  });

  it('leaves the view alone when the note is already visible', () => {
    const view = { x: 10, y: 10, scale: 0.5 };
    expect(panToShow(view, { x: 100, y: 100, width: 160, height: 160 }, { width: 800, height: 600 })).toBe(view);
  });
});

describe('following someone else’s view', () => {
  it('reads the board rectangle a screen shows', () => {
    // board x = (screen x − 200) / 2: the screen's left edge is board −100, its width 640 board units
    expect(visibleRect({ x: 200, y: -60, scale: 2 }, { width: 1280, height: 800 })).toEqual({ x: -100, y: 30, width: 640, height: 400 });
  });

  it('shows the leader’s rectangle whole and centred on a narrower screen, and the same rectangle on the same screen', () => {
    const leader = { x: -350, y: 120, scale: 0.8 };
    const wide = { width: 1280, height: 800 };
    const rect = visibleRect(leader, wide);
    const phone = { width: 360, height: 640 };
    const view = fitRectInView(rect, phone);
    const shown = visibleRect(view, phone);
    // the phone is narrower: the whole width of the rectangle, centred, more above and below
    expect(shown.x).toBeCloseTo(rect.x);
    expect(shown.width).toBeCloseTo(rect.width);
    expect(shown.y).toBeLessThan(rect.y);
    expect(shown.y + shown.height).toBeGreaterThan(rect.y + rect.height);
    expect(shown.y + shown.height / 2).toBeCloseTo(rect.y + rect.height / 2);
    // a screen of the leader's size shows exactly what the leader sees
    const same = fitRectInView(rect, wide);
    expect(same.scale).toBeCloseTo(leader.scale);
    expect(same.x).toBeCloseTo(leader.x);
    expect(same.y).toBeCloseTo(leader.y);
  });

  it('stays within the zoom limits and never divides by an empty rectangle', () => {
    expect(fitRectInView({ x: 0, y: 0, width: 1_000_000, height: 1_000_000 }, { width: 360, height: 640 }).scale).toBe(MIN_SCALE);
    expect(fitRectInView({ x: 10, y: 10, width: 0, height: 0 }, { width: 360, height: 640 }).scale).toBe(MAX_SCALE);
    expect(fitRectInView({ x: 0, y: 0, width: 100, height: 100 }, { width: 0, height: 0 })).toEqual({ x: 0, y: 0, scale: 1 });
  });
});
