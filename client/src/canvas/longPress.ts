import type { Point } from '@essaim/shared';

/** How long a finger stays still on the board for its context menu. */
export const LONG_PRESS_MS = 500;
/** Movement under which a finger still counts as still. */
export const LONG_PRESS_SLOP = 10;

/**
 * One finger held still: `fire` after `LONG_PRESS_MS` unless it moves, lifts, or a second
 * finger comes (a pinch). Pure of the DOM, so it is unit-tested with fake timers.
 */
export class LongPress {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private start: Point | null = null;
  private pointerId: number | null = null;

  constructor(private readonly fire: (at: Point) => void) {}

  down(pointerId: number, at: Point): void {
    if (this.pointerId !== null) return this.cancel();
    this.pointerId = pointerId;
    this.start = at;
    this.timer = setTimeout(() => {
      const p = this.start;
      this.reset();
      if (p) this.fire(p);
    }, LONG_PRESS_MS);
  }

  move(pointerId: number, at: Point): void {
    if (pointerId !== this.pointerId || !this.start) return;
    if (Math.hypot(at.x - this.start.x, at.y - this.start.y) > LONG_PRESS_SLOP) this.cancel();
  }

  up(pointerId: number): void {
    if (pointerId === this.pointerId) this.cancel();
  }

  cancel(): void {
    this.reset();
  }

  private reset(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.start = null;
    this.pointerId = null;
  }
}
