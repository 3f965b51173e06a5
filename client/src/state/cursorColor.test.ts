import { describe, expect, it } from 'vitest';
import { CURSOR_COLORS, cursorColor } from './cursorColor';

describe('cursorColor', () => {
  it('gives the same participant the same colour every time', () => {
    expect(cursorColor('V1StGXR8_Z5j')).toBe(cursorColor('V1StGXR8_Z5j'));
  });

  it('always picks from the palette', () => {
    for (const id of ['', 'a', 'Zz-_09', 'é', 'x'.repeat(64)]) expect(CURSOR_COLORS).toContain(cursorColor(id));
  });

  it('spreads a room of participants over most of the palette', () => {
    const ids = Array.from({ length: 42 }, (_, i) => `participant-${i}`);
    const used = new Set(ids.map(cursorColor));
    expect(used.size).toBeGreaterThanOrEqual(CURSOR_COLORS.length - 2);
  });

  it('distinguishes ids that differ by one character', () => {
    const colours = new Set(['abc1', 'abc2', 'abc3', 'abc4'].map(cursorColor));
    expect(colours.size).toBeGreaterThan(1);
  });
});
