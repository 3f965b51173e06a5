import type { Point } from './pinch.js';
import type { Rect } from './Rect.js';

/** An arrow between two notes: from the edge of one box to the edge of the other. */
export interface LinkArrow {
  /** x1, y1, x2, y2 in board coordinates; the head is at the second point */
  points: [number, number, number, number];
  /** where the label goes */
  mid: Point;
}

/** Space left between the arrow's ends and the notes' edges, in board units. */
export const LINK_GAP = 6;

export function centreOf(box: Rect): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the segment from the centre of `box` towards `toward` leaves the box (its centre when they coincide). */
export function edgePoint(box: Rect, toward: Point): Point {
  const c = centreOf(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/**
 * The arrow from `from` to `to`, edge to edge, `gap` short of each box. Boxes that overlap so
 * much that no edge-to-edge segment is left get a segment between their centres (mostly hidden
 * under the notes, still there to be selected).
 */
export function linkArrow(from: Rect, to: Rect, gap = LINK_GAP): LinkArrow {
  const a = centreOf(from);
  const b = centreOf(to);
  const start = edgePoint(from, b);
  const end = edgePoint(to, a);
  const ex = end.x - start.x;
  const ey = end.y - start.y;
  const length = Math.hypot(ex, ey);
  // the edge points crossed (overlapping boxes) or too close for a visible arrow: centre to centre
  if (length <= 2 * gap || ex * (b.x - a.x) + ey * (b.y - a.y) <= 0) {
    return { points: [a.x, a.y, b.x, b.y], mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
  }
  const ux = ex / length;
  const uy = ey / length;
  const p1 = { x: start.x + ux * gap, y: start.y + uy * gap };
  const p2 = { x: end.x - ux * gap, y: end.y - uy * gap };
  return { points: [p1.x, p1.y, p2.x, p2.y], mid: { x: (p1.x + p2.x) / 2, y: (p1.y + p2.y) / 2 } };
}
