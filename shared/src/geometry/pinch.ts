import { clampScale, type Viewport } from './viewport.js';

export interface Point {
  x: number;
  y: number;
}

/** The two fingers of a pinch, in screen coordinates. */
export interface PinchPoints {
  a: Point;
  b: Point;
}

const midpoint = (p: PinchPoints): Point => ({ x: (p.a.x + p.b.x) / 2, y: (p.a.y + p.b.y) / 2 });
const distance = (p: PinchPoints): number => Math.hypot(p.a.x - p.b.x, p.a.y - p.b.y);

/**
 * Viewport during a two-finger gesture: the board point that was between the fingers at the
 * start stays between them, zoomed by how far they spread (within the zoom limits), so
 * pinching and panning with two fingers work at the same time.
 */
export function pinchViewport(start: Viewport, from: PinchPoints, to: PinchPoints): Viewport {
  const d0 = distance(from);
  const scale = d0 > 0 ? clampScale(start.scale * (distance(to) / d0)) : start.scale;
  const m0 = midpoint(from);
  const m1 = midpoint(to);
  const boardX = (m0.x - start.x) / start.scale;
  const boardY = (m0.y - start.y) / start.scale;
  return { scale, x: m1.x - boardX * scale, y: m1.y - boardY * scale };
}

export function panViewport(view: Viewport, dx: number, dy: number): Viewport {
  return { scale: view.scale, x: view.x + dx, y: view.y + dy };
}
