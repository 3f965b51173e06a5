import type { Point } from './pinch.js';
import { boundsOf, type Rect } from './Rect.js';

export const ALIGN_EDGES = ['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const;
/** left, centre, right line the rects up along a vertical line; top, middle, bottom along a horizontal one. */
export type AlignEdge = (typeof ALIGN_EDGES)[number];

/**
 * « Aligner »: top-left corners (integers, in the order of `rects`) that line the rects up on
 * one edge or the middle line of their bounds; only one coordinate changes. Like every
 * drawing tool's align, it may stack notes that were side by side: « Ranger en grille » is the tidy one.
 */
export function alignRects(rects: readonly Rect[], edge: AlignEdge): Point[] {
  const b = boundsOf(rects);
  if (!b) return [];
  return rects.map((r) => {
    switch (edge) {
      case 'left':
        return { x: Math.round(b.x), y: r.y };
      case 'centre':
        return { x: Math.round(b.x + (b.width - r.width) / 2), y: r.y };
      case 'right':
        return { x: Math.round(b.x + b.width - r.width), y: r.y };
      case 'top':
        return { x: r.x, y: Math.round(b.y) };
      case 'middle':
        return { x: r.x, y: Math.round(b.y + (b.height - r.height) / 2) };
      case 'bottom':
        return { x: r.x, y: Math.round(b.y + b.height - r.height) };
    }
  });
}
