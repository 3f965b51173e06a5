import type { Rect } from '@essaim/shared';
import { RESIZE_HANDLES } from './resizeHandles';

/** On-screen sizes (px) of a note's vote controls: a mouse's, and a finger's (44 px targets). */
export const VOTE_SIZES = {
  fine: { height: 28, dot: 14, button: 28, pad: 4, gap: 3 },
  coarse: { height: 44, dot: 18, button: 44, pad: 4, gap: 4 },
} as const;

export type VoteSizes = (typeof VOTE_SIZES)[keyof typeof VOTE_SIZES];

/** Dots drawn one by one; past that, one dot and « ×7 ». */
export const MAX_DRAWN_DOTS = 5;
const COUNT_TEXT_WIDTH = 26;

export interface VoteControlsLayout {
  width: number;
  height: number;
  /** centres (x) of the dots drawn, each a target that takes one back */
  dots: number[];
  /** « ×7 » after a single dot, when there are too many to draw */
  many: { x: number; text: string } | null;
  /** a dot on its way (a request in flight): drawn hollow, not counted */
  pendingDot: number | null;
  /** « − », when this person has a dot here */
  minus: number | null;
  /** « + » */
  plus: number;
}

/** Where a note's vote controls go, in px from the pill's left edge, left to right: dots, « − », « + ». */
export function voteControlsLayout(mine: number, pendingAdds: number, sizes: VoteSizes): VoteControlsLayout {
  const { height, dot, button, pad, gap } = sizes;
  let x = pad;
  const dots: number[] = [];
  let many: VoteControlsLayout['many'] = null;
  const drawn = mine > MAX_DRAWN_DOTS ? 1 : mine;
  for (let i = 0; i < drawn; i++) {
    dots.push(x + dot / 2 + gap);
    x += dot + gap;
  }
  if (mine > MAX_DRAWN_DOTS) {
    many = { x: x + gap, text: `×${mine}` };
    x += COUNT_TEXT_WIDTH;
  }
  let pendingDot: number | null = null;
  if (pendingAdds > 0) {
    pendingDot = x + dot / 2 + gap;
    x += dot + gap;
  }
  if (x > pad) x += gap;
  const minus = mine > 0 ? x + button / 2 : null;
  if (minus !== null) x += button;
  const plus = x + button / 2;
  x += button;
  return { width: x + pad, height, dots, many, pendingDot, minus, plus };
}

/** Notes narrower than this on screen (px) get no vote controls: zoom in, or use the notes list. */
export const MIN_NOTE_PX = 56;
/** Screen px between a note's bottom edge and its pill: clear of the handles a selected note has there. */
export const PILL_CLEARANCE = RESIZE_HANDLES.anchorSize / 2 + 4;

/**
 * Where a note's vote controls go (their centre, in board units) at this zoom, or null when the
 * note is too small on screen for them. Inside the note, centred, just above its bottom edge — a
 * selected note's resize handles on that edge and its corners stay clickable — and in its bottom
 * half under the handle of its right edge: the note's first lines stay uncovered.
 */
export function votePillPlace(note: Rect, scale: number, sizes: VoteSizes): { x: number; y: number } | null {
  const widthPx = note.width * scale;
  const heightPx = note.height * scale;
  if (widthPx < MIN_NOTE_PX || PILL_CLEARANCE + sizes.height > heightPx / 2 - RESIZE_HANDLES.anchorSize / 2) return null;
  return { x: note.x + note.width / 2, y: note.y + note.height - (PILL_CLEARANCE + sizes.height / 2) / scale };
}
