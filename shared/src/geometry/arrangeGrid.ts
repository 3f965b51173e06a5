import type { Point } from './pinch.js';
import { readingOrder } from './readingOrder.js';
import { boundsOf, type Rect } from './Rect.js';

/** Space between two notes tidied into a grid. */
export const GRID_GAP = 24;

export interface GridOptions {
  /** notes per row; near-square (⌈√n⌉) if not given */
  columns?: number;
  gap?: number;
  /** top-left of the grid; the top-left of the rects' bounds if not given, so the selection stays put */
  origin?: Point;
}

/**
 * « Ranger en grille »: top-left corners (integers, in the order of `rects`) that tidy the
 * rects into a grid, taken in reading order of where they are now. Each column is as wide as
 * its widest rect and each row as tall as its tallest, so notes of different sizes never overlap.
 */
export function arrangeGrid(rects: readonly Rect[], options: GridOptions = {}): Point[] {
  const bounds = boundsOf(rects);
  if (!bounds) return [];
  const gap = options.gap ?? GRID_GAP;
  const origin = options.origin ?? bounds;
  const columns = Math.max(1, Math.min(rects.length, Math.floor(options.columns ?? Math.ceil(Math.sqrt(rects.length)))));
  const order = readingOrder(rects);
  const columnWidth = new Array<number>(columns).fill(0);
  const rowHeight: number[] = [];
  order.forEach((i, k) => {
    const col = k % columns;
    const row = Math.floor(k / columns);
    columnWidth[col] = Math.max(columnWidth[col]!, rects[i]!.width);
    rowHeight[row] = Math.max(rowHeight[row] ?? 0, rects[i]!.height);
  });
  const columnX = offsets(columnWidth, origin.x, gap);
  const rowY = offsets(rowHeight, origin.y, gap);
  const positions = new Array<Point>(rects.length);
  order.forEach((i, k) => (positions[i] = { x: Math.round(columnX[k % columns]!), y: Math.round(rowY[Math.floor(k / columns)]!) }));
  return positions;
}

/** Start of each band of the given sizes laid one after the other from `start`, `gap` apart. */
function offsets(sizes: readonly number[], start: number, gap: number): number[] {
  const starts: number[] = [];
  let at = start;
  for (const size of sizes) {
    starts.push(at);
    at += size + gap;
  }
  return starts;
}
