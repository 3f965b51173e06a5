import { describe, expect, it } from 'vitest';
import { ENTRY_FIELD_MIN_PX, ENTRY_FIELD_MIN_WIDTH, entryEditorPlacement } from './entryEditorPlacement';

const area = { width: 1280, height: 800 };

describe('entryEditorPlacement', () => {
  it('lays the field over the text at the zoom when it is readable', () => {
    const placed = entryEditorPlacement({ x: 100, y: 50, width: 600 }, 24, { x: 10, y: 20, scale: 1 }, area);
    expect(placed.fontPx).toBe(24);
    expect(placed.width).toBe(600);
    expect(placed.left).toBe(110);
  });

  it('types far-away titles at a readable size, in a field wide enough', () => {
    const placed = entryEditorPlacement({ x: 100, y: 50, width: 300 }, 24, { x: 0, y: 0, scale: 0.2 }, area);
    expect(placed.fontPx).toBe(ENTRY_FIELD_MIN_PX);
    expect(placed.width).toBe(ENTRY_FIELD_MIN_WIDTH);
  });

  it('keeps the field inside a phone’s screen when the zone is off to the side', () => {
    const phone = { width: 360, height: 640 };
    const placed = entryEditorPlacement({ x: 2000, y: -500, width: 800 }, 24, { x: 0, y: 0, scale: 1 }, phone);
    expect(placed.left).toBeGreaterThanOrEqual(8);
    expect(placed.left + placed.width).toBeLessThanOrEqual(352);
    expect(placed.top).toBeGreaterThanOrEqual(8);
  });
});
