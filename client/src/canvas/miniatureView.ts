import type { Rect } from '@essaim/shared';

/** Screen = board * scale + offset, for a miniature drawing. */
export interface MiniatureView {
  x: number;
  y: number;
  scale: number;
}

/** A lone note drawn in a miniature is no larger than this fraction of its size on the board. */
export const MINIATURE_MAX_SCALE = 0.5;

/**
 * Fits `content` (the bounds of a board's notes) whole and centred in a `size` box with
 * `padding` on every side. Unlike the board's own fit there is no lower zoom limit: a board
 * spread over thousands of units still fits a 240-pixel card.
 */
export function miniatureView(content: Rect | null, size: { width: number; height: number }, padding = 8): MiniatureView {
  if (!content || size.width <= 0 || size.height <= 0) return { x: size.width / 2, y: size.height / 2, scale: MINIATURE_MAX_SCALE };
  const availW = Math.max(1, size.width - padding * 2);
  const availH = Math.max(1, size.height - padding * 2);
  const scale = Math.min(MINIATURE_MAX_SCALE, availW / Math.max(1, content.width), availH / Math.max(1, content.height));
  return {
    scale,
    x: size.width / 2 - (content.x + content.width / 2) * scale,
    y: size.height / 2 - (content.y + content.height / 2) * scale,
  };
}

/** A note's rectangle on the miniature, at least one pixel wide and high so every note shows. */
export function toMiniature(view: MiniatureView, rect: Rect): Rect {
  return {
    x: rect.x * view.scale + view.x,
    y: rect.y * view.scale + view.y,
    width: Math.max(1, rect.width * view.scale),
    height: Math.max(1, rect.height * view.scale),
  };
}
