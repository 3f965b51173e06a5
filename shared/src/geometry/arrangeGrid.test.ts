import { describe, expect, it } from 'vitest';
import { arrangeGrid, GRID_GAP } from './arrangeGrid.js';
import { boundsOf, rectsIntersect, type Rect } from './Rect.js';

const placed = (rects: readonly Rect[], positions: { x: number; y: number }[]): Rect[] => rects.map((r, i) => ({ ...r, ...positions[i]! }));

function expectNoOverlap(rects: Rect[]): void {
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(rectsIntersect(rects[i]!, rects[j]!)).toBe(false);
}

describe('arrangeGrid', () => {
  it('tidies a scattered selection into a near-square grid from its top-left corner, in reading order', () => {
    // seven notes of 160, scattered and overlapping
    const rects = [
      { x: 300, y: 120, width: 160, height: 160 },
      { x: 100, y: 100, width: 160, height: 160 },
      { x: 500, y: 90, width: 160, height: 160 },
      { x: 120, y: 400, width: 160, height: 160 },
      { x: 130, y: 410, width: 160, height: 160 },
      { x: 700, y: 800, width: 160, height: 160 },
      { x: 90, y: 700, width: 160, height: 160 },
    ];
    const positions = arrangeGrid(rects);
    const step = 160 + GRID_GAP;
    // ⌈√7⌉ = 3 columns; reading order 1 0 2 3 4 6 5, three to a row
    expect(positions).toEqual([
      { x: 90 + step, y: 90 },
      { x: 90, y: 90 },
      { x: 90 + 2 * step, y: 90 },
      { x: 90, y: 90 + step },
      { x: 90 + step, y: 90 + step },
      { x: 90, y: 90 + 2 * step },
      { x: 90 + 2 * step, y: 90 + step },
    ]);
    expectNoOverlap(placed(rects, positions));
  });

  it('never overlaps notes of different sizes: columns as wide as their widest, rows as tall as their tallest', () => {
    let seed = 3;
    const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 50; run++) {
      const rects = Array.from({ length: 1 + Math.floor(rnd() * 60) }, () => ({
        x: Math.round(rnd() * 2000), y: Math.round(rnd() * 2000), width: 60 + Math.round(rnd() * 500), height: 60 + Math.round(rnd() * 300),
      }));
      const result = placed(rects, arrangeGrid(rects));
      expectNoOverlap(result);
      const before = boundsOf(rects)!;
      const after = boundsOf(result)!;
      expect([after.x, after.y]).toEqual([before.x, before.y]);
    }
  });

  it('is stable: a tidy grid stays as it is; a given column count and origin are used', () => {
    const rects = [80, 300, 120, 60, 200].map((h, i) => ({ x: i * 50, y: 0, width: 100 + i * 20, height: h }));
    const once = placed(rects, arrangeGrid(rects, { columns: 2 }));
    expect(placed(once, arrangeGrid(once, { columns: 2 }))).toEqual(once);
    expect(arrangeGrid(rects, { columns: 5, origin: { x: -10, y: 7 }, gap: 10 }).map((p) => p.y)).toEqual([7, 7, 7, 7, 7]);
    expect(arrangeGrid([])).toEqual([]);
  });
});
