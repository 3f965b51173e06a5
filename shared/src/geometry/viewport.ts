import type { Rect } from './Rect.js';

/** Screen = board * scale + offset. */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** Zooms by `factor` keeping the board point under `screenPoint` where it is. */
export function zoomAt(view: Viewport, screenPoint: { x: number; y: number }, factor: number): Viewport {
  const scale = clampScale(view.scale * factor);
  const boardX = (screenPoint.x - view.x) / view.scale;
  const boardY = (screenPoint.y - view.y) / view.scale;
  return { scale, x: screenPoint.x - boardX * scale, y: screenPoint.y - boardY * scale };
}

export function screenToBoard(view: Viewport, p: { x: number; y: number }): { x: number; y: number } {
  return { x: (p.x - view.x) / view.scale, y: (p.y - view.y) / view.scale };
}

/** Viewport showing `content` whole and centred in a screen of the given size; at most 100 %. */
export function fitToContent(content: Rect | null, screen: { width: number; height: number }, padding: number | Margins = 48): Viewport {
  if (!content || screen.width <= 0 || screen.height <= 0) return { x: screen.width / 2, y: screen.height / 2, scale: 1 };
  const m = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const availW = Math.max(1, screen.width - m.left - m.right);
  const availH = Math.max(1, screen.height - m.top - m.bottom);
  const scale = clampScale(Math.min(1, availW / Math.max(1, content.width), availH / Math.max(1, content.height)));
  return {
    scale,
    x: m.left + availW / 2 - (content.x + content.width / 2) * scale,
    y: m.top + availH / 2 - (content.y + content.height / 2) * scale,
  };
}

/** Room kept free on each side of a fitted rectangle, in screen pixels (banners over the top, a toolbar under it…). */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The part of the board a screen of the given size shows under `view`, in board coordinates. */
export function visibleRect(view: Viewport, screen: { width: number; height: number }): Rect {
  return { x: -view.x / view.scale, y: -view.y / view.scale, width: screen.width / view.scale, height: screen.height / view.scale };
}

/**
 * The viewport showing `rect` whole, centred, as large as the screen allows (within the zoom
 * limits, no margin): what a follower of « Suivez-moi » shows of the leader's visible rectangle,
 * whatever the two screens' sizes.
 */
export function fitRectInView(rect: Rect, screen: { width: number; height: number }): Viewport {
  if (screen.width <= 0 || screen.height <= 0) return { x: 0, y: 0, scale: 1 };
  const scale = clampScale(Math.min(screen.width / Math.max(1, rect.width), screen.height / Math.max(1, rect.height)));
  return {
    scale,
    x: screen.width / 2 - (rect.x + rect.width / 2) * scale,
    y: screen.height / 2 - (rect.y + rect.height / 2) * scale,
  };
}

/** The viewport moved (not zoomed) just enough to show `rect` whole, with a margin; unchanged if already visible. */
export function panToShow(view: Viewport, rect: Rect, screen: { width: number; height: number }, margin = 16): Viewport {
  const left = rect.x * view.scale + view.x;
  const top = rect.y * view.scale + view.y;
  const right = left + rect.width * view.scale;
  const bottom = top + rect.height * view.scale;
  const dx = left < margin ? margin - left : right > screen.width - margin ? screen.width - margin - right : 0;
  const dy = top < margin ? margin - top : bottom > screen.height - margin ? screen.height - margin - bottom : 0;
  return dx === 0 && dy === 0 ? view : { ...view, x: view.x + dx, y: view.y + dy };
}
