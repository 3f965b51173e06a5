import { rectsIntersect, type Rect } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { panelPlacement } from './panelPlacement';

const wide = { width: 1280, height: 740 };
const phone = { width: 360, height: 560 };
const panel = { width: 330, height: 84 };

const boxAt = (at: { left: number; top: number }, size = panel): Rect => ({ x: at.left, y: at.top, width: size.width, height: size.height });
const inside = (r: Rect, area: { width: number; height: number }) => r.x >= 0 && r.y >= 0 && r.x + r.width <= area.width && r.y + r.height <= area.height;

describe('where a selected cluster’s panel goes', () => {
  it('stays at the top, centred, while the title is elsewhere', () => {
    expect(panelPlacement({ area: wide, avoid: { x: 100, y: 400, width: 200, height: 32 }, panel, top: 8 })).toEqual({ left: 475, top: 8 });
  });

  it('never covers a title at the top of the screen, on a wide screen or a 360 px phone', () => {
    const cases = [
      { area: wide, avoid: { x: 500, y: 20, width: 240, height: 32 }, top: 8 },
      { area: wide, avoid: { x: 400, y: 60, width: 370, height: 32 }, top: 8 },
      { area: phone, avoid: { x: 10, y: 130, width: 300, height: 32 }, top: 118 },
      { area: phone, avoid: { x: -50, y: 118, width: 220, height: 96 }, top: 118 },
    ];
    for (const { area, avoid, top } of cases) {
      const size = { width: Math.min(panel.width, area.width - 16), height: panel.height };
      const box = boxAt(panelPlacement({ area, avoid, panel: size, top }), size);
      expect(rectsIntersect(box, avoid), JSON.stringify(avoid)).toBe(false);
      expect(inside(box, area), JSON.stringify(avoid)).toBe(true);
      expect(box.y).toBeGreaterThanOrEqual(top);
    }
  });

  it('keeps clear of the cluster’s notes too when there is room, and of its title alone when there is not', () => {
    const avoid = { x: 500, y: 20, width: 240, height: 32 };
    const around = { x: 500, y: 52, width: 440, height: 220 };
    const roomy = boxAt(panelPlacement({ area: wide, avoid, around, panel, top: 8 }));
    expect(rectsIntersect(roomy, around) || rectsIntersect(roomy, avoid)).toBe(false);
    const tall = { ...around, height: 700 };
    const tight = boxAt(panelPlacement({ area: wide, avoid, around: tall, panel, top: 8 }));
    expect(rectsIntersect(tight, avoid)).toBe(false);
    expect(inside(tight, wide)).toBe(true);
  });

  it('goes beside a title too tall to clear above or below, inside the screen', () => {
    const avoid = { x: 200, y: 0, width: 600, height: 740 };
    const box = boxAt(panelPlacement({ area: wide, avoid, panel, top: 8 }));
    expect(rectsIntersect(box, avoid)).toBe(false);
    expect(inside(box, wide)).toBe(true);
  });
});
