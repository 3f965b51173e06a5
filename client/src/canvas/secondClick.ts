import type { Point } from '@essaim/shared';

/** A press or release of the pointer on the stage: where (screen px) and when (ms). */
export interface Click {
  at: Point;
  time: number;
}

/** How far apart (screen px) the two clicks of a double-click may land: a hand is not that steady. */
export const DOUBLE_CLICK_SLOP = 8;

/**
 * Whether `second` follows `first` as the next click of one gesture: less than `distance` away
 * on screen and, when a window is given, soon enough after it.
 */
export function isSecondClick(first: Click, second: Click, distance: number, windowMs = Infinity): boolean {
  const apart = Math.max(Math.abs(second.at.x - first.at.x), Math.abs(second.at.y - first.at.y));
  const after = second.time - first.time;
  return apart < distance && after >= 0 && after < windowMs;
}
