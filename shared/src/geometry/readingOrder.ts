import type { Rect } from './Rect.js';

/**
 * Indices of `rects` in reading order — lines top to bottom, each left to right — so a
 * selection tidied into a grid keeps the order people see. Taken from the top down, a rect
 * joins the current line when its top is above the middle of the line's first rect: notes
 * roughly side by side are one line even if they are not exactly level, and a row of a grid,
 * tops level whatever the heights, is one line.
 */
export function readingOrder(rects: readonly Rect[]): number[] {
  const byTop = rects.map((_, i) => i).sort((a, b) => rects[a]!.y - rects[b]!.y || rects[a]!.x - rects[b]!.x || a - b);
  const order: number[] = [];
  let line: number[] = [];
  let lineMiddle = -Infinity;
  const flush = (): void => {
    line.sort((a, b) => rects[a]!.x - rects[b]!.x || rects[a]!.y - rects[b]!.y || a - b);
    order.push(...line);
    line = [];
  };
  for (const i of byTop) {
    const r = rects[i]!;
    if (line.length > 0 && r.y >= lineMiddle) flush();
    if (line.length === 0) lineMiddle = r.y + r.height / 2;
    line.push(i);
  }
  flush();
  return order;
}
