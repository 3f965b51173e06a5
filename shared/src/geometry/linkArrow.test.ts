import { describe, expect, it } from 'vitest';
import { edgePoint, linkArrow } from './linkArrow.js';

const box = (x: number, y: number, width = 100, height = 100) => ({ x, y, width, height });

describe('linkArrow', () => {
  it('goes from the right edge of one note to the left edge of a note beside it', () => {
    const { points, mid } = linkArrow(box(0, 0), box(300, 0), 0);
    expect(points).toEqual([100, 50, 300, 50]);
    expect(mid).toEqual({ x: 200, y: 50 });
  });

  it('leaves a gap at both ends, along the arrow', () => {
    expect(linkArrow(box(0, 0), box(0, 300), 6).points).toEqual([50, 106, 50, 294]);
  });

  it('follows an end that moves: the points stay on the boxes’ edges', () => {
    const from = box(0, 0, 160, 100);
    const to = box(400, 300, 120, 80);
    const [x1, y1, x2, y2] = linkArrow(from, to, 0).points;
    const onEdge = (r: typeof from, x: number, y: number) =>
      (Math.abs(x - r.x) < 1e-9 || Math.abs(x - r.x - r.width) < 1e-9 || Math.abs(y - r.y) < 1e-9 || Math.abs(y - r.y - r.height) < 1e-9) &&
      x >= r.x - 1e-9 && x <= r.x + r.width + 1e-9 && y >= r.y - 1e-9 && y <= r.y + r.height + 1e-9;
    expect(onEdge(from, x1, y1)).toBe(true);
    expect(onEdge(to, x2, y2)).toBe(true);
    // on the line between the centres
    const cross = (x1 - 80) * (340 - 50) - (y1 - 50) * (460 - 80);
    expect(Math.abs(cross)).toBeLessThan(1e-6);
  });

  it('points the other way when the ends are swapped', () => {
    expect(linkArrow(box(300, 0), box(0, 0), 0).points).toEqual([300, 50, 100, 50]);
  });

  it('falls back to centre to centre when the notes overlap', () => {
    expect(linkArrow(box(0, 0), box(50, 0), 6).points).toEqual([50, 50, 100, 50]);
  });
});

describe('edgePoint', () => {
  it('leaves through the top or bottom edge when the other note is mostly above or below', () => {
    expect(edgePoint(box(0, 0, 200, 100), { x: 145, y: 500 })).toEqual({ x: 105, y: 100 });
  });
});
