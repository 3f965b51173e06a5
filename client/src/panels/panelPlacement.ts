import { boundsOf, type Rect } from '@essaim/shared';

interface Size {
  width: number;
  height: number;
}

export interface PanelPlacementInput {
  /** the canvas, from the top left of the board area */
  area: Size;
  /** what the panel must not cover, on screen (a cluster's title) */
  avoid: Rect;
  /** what it should rather not cover either, room permitting (the cluster's notes) */
  around?: Rect;
  panel: Size;
  /** where the panel sits when nothing is in the way, and the highest it goes (a phone keeps its controls above) */
  top: number;
  margin?: number;
}

/**
 * Where a floating selection panel goes: at the top, centred, unless that covers what it is
 * about; then just above it, else just below it — clear of `around` too when there is room,
 * else of `avoid` alone —, else beside `avoid`; always inside the canvas. Only a title taller
 * and wider than the room left can still be under it.
 */
export function panelPlacement({ area, avoid, around, panel, top, margin = 8 }: PanelPlacementInput): { left: number; top: number } {
  const clampX = (x: number) => Math.max(margin, Math.min(x, area.width - panel.width - margin));
  const left = clampX((area.width - panel.width) / 2);
  const fitsY = (y: number) => y >= top && y + panel.height <= area.height - margin;
  const clear = (box: Rect, x: number, y: number) =>
    y + panel.height + margin <= box.y || y >= box.y + box.height + margin || x + panel.width + margin <= box.x || x >= box.x + box.width + margin;
  const stacked = (box: Rect) => {
    for (const y of [top, box.y - margin - panel.height, box.y + box.height + margin]) if (fitsY(y) && clear(box, left, y)) return { left, top: y };
    return null;
  };
  const beside = (box: Rect) => {
    const y = top;
    for (const x of [box.x + box.width + margin, box.x - margin - panel.width]) {
      if (x >= margin && x + panel.width <= area.width - margin && clear(box, x, y)) return { left: x, top: y };
    }
    return null;
  };
  const whole = around ? boundsOf([avoid, around]) : null;
  return (whole && stacked(whole)) ?? stacked(avoid) ?? beside(avoid) ?? { left, top };
}
