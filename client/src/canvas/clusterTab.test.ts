import { describe, expect, it } from 'vitest';
import { clusterTabText } from './clusterTab';

// 8 px a character: what the test cares about is the width, not a font
const measure = (text: string) => Array.from(text).length * 8;
const format = (count: number) => (title: string) => `${title} · ${count}`;

describe('a cluster’s tab text', () => {
  it('is the title and the count when they fit', () => {
    expect(clusterTabText('Transports', format(4), 320, measure)).toBe('Transports · 4');
  });

  it('cuts a long title, never the count, and fills the room it has', () => {
    const title = 'Mobilité durable dans les communes rurales du Haut-Jura et leurs bourgs-centres';
    const text = clusterTabText(title, format(12), 320, measure);
    expect(text).toMatch(/… · 12$/);
    expect(measure(text)).toBeLessThanOrEqual(320);
    expect(measure(text)).toBeGreaterThan(320 - 2 * 8);
    expect(title.startsWith(text.slice(0, text.indexOf('…')))).toBe(true);
  });

  it('keeps the count even when no letter of the title fits', () => {
    expect(clusterTabText('Alimentation', format(7), 40, measure)).toBe('… · 7');
  });
});
