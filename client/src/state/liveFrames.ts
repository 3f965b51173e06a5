import type { Frame, Point } from '@essaim/shared';

/**
 * The zones as drawn while others drag some: those at their live corner, every other zone the
 * same object as stored, so their memoised drawings do not re-render.
 */
export function liveFrames(frames: readonly Frame[], live: ReadonlyMap<string, Point>): readonly Frame[] {
  if (live.size === 0) return frames;
  let moved = false;
  const shown = frames.map((frame) => {
    const p = live.get(frame.id);
    if (!p || (p.x === frame.x && p.y === frame.y)) return frame;
    moved = true;
    return { ...frame, x: p.x, y: p.y };
  });
  return moved ? shown : frames;
}
