import { describe, expect, it } from 'vitest';
import { readingOrder } from './readingOrder.js';

const r = (x: number, y: number, width = 100, height = 100) => ({ x, y, width, height });

describe('readingOrder', () => {
  it('reads lines top to bottom, each left to right, even when a line is not exactly level', () => {
    // two lines: (a b c) slightly uneven, then (d e)
    const rects = [r(400, 10), r(0, 20), r(200, 0), r(300, 200), r(0, 230)];
    expect(readingOrder(rects)).toEqual([1, 2, 0, 4, 3]);
  });

  it('keeps a grid row of notes of different heights as one line', () => {
    const rects = [r(200, 0, 100, 400), r(0, 0, 100, 60), r(0, 424), r(400, 0, 100, 200)];
    expect(readingOrder(rects)).toEqual([1, 0, 3, 2]);
  });

  it('gives stacked notes in order and nothing for nothing', () => {
    expect(readingOrder([r(0, 200), r(0, 0), r(0, 100)])).toEqual([1, 2, 0]);
    expect(readingOrder([])).toEqual([]);
  });
});
