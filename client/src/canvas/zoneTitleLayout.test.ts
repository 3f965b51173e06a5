import { describe, expect, it } from 'vitest';
import { ZONE_TITLE_FLOOR_PX, ZONE_TITLE_FONT, ZONE_TITLE_MAX_LINES, ZONE_TITLE_MIN_PX, zoneTitleLayout, type MeasureTitle } from './zoneTitleLayout';

// every character is 0.6 em wide
const measure: MeasureTitle = (text, fontSize) => text.length * fontSize * 0.6;
const zone = (title: string, width = 600, height = 480) => ({ title, width, height });
const onScreen = (size: number, scale: number) => size * scale;
const widest = (lines: string[], fontSize: number) => Math.max(...lines.map((l) => measure(l, fontSize)));

describe('zoneTitleLayout', () => {
  it('near by: one line at the usual size when it fits', () => {
    const layout = zoneTitleLayout(zone('Mobilité durable'), 1, measure);
    expect(layout).toMatchObject({ fontSize: ZONE_TITLE_FONT, lines: ['Mobilité durable'] });
    expect(layout.band).toBeLessThan(2 * ZONE_TITLE_FONT + 1);
  });

  it('far away: keeps its on-screen size by wrapping onto more lines, within the zone', () => {
    const scale = 0.2;
    const layout = zoneTitleLayout(zone('Services collectifs à la population'), scale, measure);
    expect(onScreen(layout.fontSize, scale)).toBeCloseTo(ZONE_TITLE_MIN_PX);
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.lines.length).toBeLessThanOrEqual(ZONE_TITLE_MAX_LINES);
    expect(layout.lines.join(' ')).toBe('Services collectifs à la population');
    expect(widest(layout.lines, layout.fontSize)).toBeLessThanOrEqual(layout.lineWidth);
    expect(layout.band).toBeLessThanOrEqual(480);
  });

  it('shrinks a title that does not fit in three lines, whole, down to a readable size', () => {
    const scale = 0.14;
    const layout = zoneTitleLayout(zone('Développement local et tourisme'), scale, measure);
    expect(onScreen(layout.fontSize, scale)).toBeLessThan(ZONE_TITLE_MIN_PX);
    expect(onScreen(layout.fontSize, scale)).toBeGreaterThanOrEqual(ZONE_TITLE_FLOOR_PX);
    expect(layout.lines.join(' ')).toBe('Développement local et tourisme');
    expect(widest(layout.lines, layout.fontSize)).toBeLessThanOrEqual(layout.lineWidth);
  });

  it('under the readable size, cuts the title with « … » rather than spill out of its zone', () => {
    const scale = 0.05;
    const layout = zoneTitleLayout(zone('Services collectifs à la population'), scale, measure);
    expect(onScreen(layout.fontSize, scale)).toBeCloseTo(ZONE_TITLE_FLOOR_PX);
    expect(layout.lines.join(' ')).toMatch(/…$/);
    expect(widest(layout.lines, layout.fontSize)).toBeLessThanOrEqual(layout.lineWidth);
    expect(layout.band).toBeLessThanOrEqual(480);
  });

  it('leaves room for the padlock of a locked zone', () => {
    const open = zoneTitleLayout(zone('Habitat'), 1, measure);
    const locked = zoneTitleLayout({ ...zone('Habitat'), locked: true }, 1, measure);
    expect(locked.lockSize).toBe(locked.fontSize);
    expect(locked.lineWidth).toBeLessThan(open.lineWidth);
  });

  it('keeps the band inside a flat zone', () => {
    const layout = zoneTitleLayout(zone('Bien-vieillir chez soi et au village', 400, 100), 0.1, measure);
    expect(layout.band).toBeLessThanOrEqual(100);
    expect(layout.lines.length).toBeGreaterThanOrEqual(1);
  });
});
