import { FRAME_DEFAULTS, FRAME_MIN_SIZE, LABEL_MAX_FONT, LABEL_MIN_FONT, rectsIntersect } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { LABEL_FONT_STEPS, newLabelSpot, newZoneRect, nextFontSize } from './zonePlacement';

const screen = { width: 1280, height: 800 };

describe('newZoneRect', () => {
  it('opens a zone of the default size in the middle of the view when it fits', () => {
    const view = { x: 0, y: 0, scale: 0.5 };
    const rect = newZoneRect(view, screen, []);
    expect(rect).toEqual({ x: 1280 - 400, y: 800 - 300, width: FRAME_DEFAULTS.width, height: FRAME_DEFAULTS.height });
  });

  it('shrinks to fit the view when zoomed in, or on a phone, within the zone limits', () => {
    const rect = newZoneRect({ x: 0, y: 0, scale: 1 }, { width: 360, height: 640 }, []);
    expect(rect.width * 1).toBeLessThanOrEqual(360);
    expect(rect.height).toBeLessThanOrEqual(640);
    const tiny = newZoneRect({ x: 0, y: 0, scale: 4 }, { width: 360, height: 640 }, []);
    expect(tiny.width).toBe(FRAME_MIN_SIZE);
  });

  it('does not cover another zone or a note, which it would take in', () => {
    const view = { x: 0, y: 0, scale: 0.5 };
    const first = newZoneRect(view, screen, []);
    const note = { x: first.x + first.width + 40, y: first.y, width: 160, height: 160 };
    const second = newZoneRect(view, screen, [first, note]);
    expect(rectsIntersect(second, first)).toBe(false);
    expect(rectsIntersect(second, note)).toBe(false);
  });
});

describe('newLabelSpot', () => {
  it('writes a heading readable at the zoom, within the font limits', () => {
    expect(newLabelSpot({ x: 0, y: 0, scale: 1 }, screen, []).fontSize).toBe(32);
    expect(newLabelSpot({ x: 0, y: 0, scale: 0.1 }, screen, []).fontSize).toBe(LABEL_MAX_FONT);
    expect(newLabelSpot({ x: 0, y: 0, scale: 4 }, screen, []).fontSize).toBe(LABEL_MIN_FONT);
  });

  it('starts below a heading already there rather than on top of it', () => {
    const view = { x: 0, y: 0, scale: 1 };
    const first = newLabelSpot(view, screen, []);
    const second = newLabelSpot(view, screen, [first]);
    expect(second.x).toBe(first.x);
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.fontSize * 1.5);
  });
});

describe('nextFontSize', () => {
  it('steps up and down the ladder, from any size, and stops at its ends', () => {
    expect(nextFontSize(40, 1)).toBe(48);
    expect(nextFontSize(40, -1)).toBe(32);
    expect(nextFontSize(41, -1)).toBe(40);
    expect(nextFontSize(LABEL_FONT_STEPS[0], -1)).toBe(LABEL_FONT_STEPS[0]);
    expect(nextFontSize(200, 1)).toBe(200);
  });
});
