import type { Rect, Viewport } from '@essaim/shared';
import { LABEL_FONT_PX, NOTE_FONT_SIZE } from './noteStyle';

/**
 * Notes are drawn only inside this window, the visible board plus half a screen on every
 * side, so a pan re-renders nothing until it nears the window's edge.
 */
export const CULL_MARGIN = 0.5;
/**
 * Under this on-screen font size (px) a note's laid-out text is hard to read: notes are drawn as
 * cards showing their first words at that size instead, so zooming in never makes text smaller.
 */
export const READABLE_FONT_PX = LABEL_FONT_PX;

/** `full`: text, author, shadow; `compact`: the card's colour and first words (far zoom). */
export type NoteDetail = 'full' | 'compact';

export interface CullView {
  /** board rectangle whose notes are drawn */
  window: Rect;
  detail: NoteDetail;
  /** the zoom it was made for: far away the notes are drawn from a bitmap at this scale */
  scale: number;
}

export function visibleBoardRect(view: Viewport, size: { width: number; height: number }): Rect {
  return { x: -view.x / view.scale, y: -view.y / view.scale, width: size.width / view.scale, height: size.height / view.scale };
}

export function noteDetail(scale: number): NoteDetail {
  return NOTE_FONT_SIZE * scale >= READABLE_FONT_PX ? 'full' : 'compact';
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * The cull view for this viewport: the previous one (same object) while the screen stays inside
 * its window and the zoom has not grown it past twice the needed size, else a new one. Far away
 * (compact) a zoom also gives a new one, with the same window, so the notes bitmap is redrawn
 * at the new scale.
 */
export function nextCullView(previous: CullView | null, view: Viewport, size: { width: number; height: number }): CullView {
  const visible = visibleBoardRect(view, size);
  const detail = noteDetail(view.scale);
  const scale = view.scale;
  if (previous && previous.detail === detail && contains(previous.window, visible) && previous.window.width <= visible.width * (1 + 2 * CULL_MARGIN) * 2) {
    return detail === 'full' || previous.scale === scale ? previous : { ...previous, scale };
  }
  const mx = visible.width * CULL_MARGIN;
  const my = visible.height * CULL_MARGIN;
  return { window: { x: visible.x - mx, y: visible.y - my, width: visible.width + 2 * mx, height: visible.height + 2 * my }, detail, scale };
}
