import { describe, expect, it } from 'vitest';
import { panViewport, pinchViewport } from './pinch.js';
import { MAX_SCALE, screenToBoard } from './viewport.js';

const view = { x: 100, y: 50, scale: 1 };
const fingers = (ax: number, ay: number, bx: number, by: number) => ({ a: { x: ax, y: ay }, b: { x: bx, y: by } });

describe('pinchViewport', () => {
  it('zooms by the spread of the fingers around their midpoint', () => {
    const from = fingers(100, 100, 200, 100);
    const next = pinchViewport(view, from, fingers(50, 100, 250, 100));
    expect(next.scale).toBeCloseTo(2);
    expect(screenToBoard(next, { x: 150, y: 100 })).toEqual(screenToBoard(view, { x: 150, y: 100 }));
  });

  it('pans when both fingers move together', () => {
    const next = pinchViewport(view, fingers(0, 0, 100, 0), fingers(30, 40, 130, 40));
    expect(next).toEqual({ x: 130, y: 90, scale: 1 });
  });

  it('stops at the zoom limit', () => {
    const next = pinchViewport(view, fingers(0, 0, 10, 0), fingers(0, 0, 1000, 0));
    expect(next.scale).toBe(MAX_SCALE);
  });

  it('ignores fingers starting at the same point', () => {
    expect(pinchViewport(view, fingers(5, 5, 5, 5), fingers(0, 0, 50, 0)).scale).toBe(1);
  });
});

describe('panViewport', () => {
  it('moves the view by a screen distance', () => {
    expect(panViewport(view, -10, 20)).toEqual({ x: 90, y: 70, scale: 1 });
  });
});
