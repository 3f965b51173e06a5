import { describe, expect, it } from 'vitest';
import { alignRects } from './alignRects.js';

describe('alignRects', () => {
  // bounds: x 100..500, y 50..350
  const rects = [
    { x: 100, y: 100, width: 100, height: 100 },
    { x: 300, y: 50, width: 200, height: 300 },
    { x: 200, y: 200, width: 60, height: 61 },
  ];

  it('lines the notes up on an edge or the middle of the selection, changing one coordinate only', () => {
    expect(alignRects(rects, 'left')).toEqual([{ x: 100, y: 100 }, { x: 100, y: 50 }, { x: 100, y: 200 }]);
    expect(alignRects(rects, 'centre')).toEqual([{ x: 250, y: 100 }, { x: 200, y: 50 }, { x: 270, y: 200 }]);
    expect(alignRects(rects, 'right')).toEqual([{ x: 400, y: 100 }, { x: 300, y: 50 }, { x: 440, y: 200 }]);
    expect(alignRects(rects, 'top')).toEqual([{ x: 100, y: 50 }, { x: 300, y: 50 }, { x: 200, y: 50 }]);
    expect(alignRects(rects, 'middle')).toEqual([{ x: 100, y: 150 }, { x: 300, y: 50 }, { x: 200, y: 170 }]);
    expect(alignRects(rects, 'bottom')).toEqual([{ x: 100, y: 250 }, { x: 300, y: 50 }, { x: 200, y: 289 }]);
  });

  it('leaves a single note where it is and returns nothing for nothing', () => {
    expect(alignRects([rects[2]!], 'centre')).toEqual([{ x: 200, y: 200 }]);
    expect(alignRects([], 'left')).toEqual([]);
  });
});
