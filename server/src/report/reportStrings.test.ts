import { describe, expect, it } from 'vitest';
import { colorName, formatDate, reportStrings } from './reportStrings.js';

const NBSP = '\u00a0';

describe('the report’s words', () => {
  it('writes dates the French way, « 1er » included, in French time', () => {
    expect(formatDate(Date.UTC(2026, 11, 4, 9), 'fr')).toBe(`4${NBSP}décembre${NBSP}2026`);
    expect(formatDate(Date.UTC(2026, 4, 1, 9), 'fr')).toBe(`1er${NBSP}mai${NBSP}2026`);
    // 23:30 in London on 31 December is already 1 January in Paris
    expect(formatDate(Date.UTC(2026, 11, 31, 23, 30), 'fr')).toBe(`1er${NBSP}janvier${NBSP}2027`);
    expect(formatDate(Date.UTC(2026, 11, 4, 9), 'en')).toBe(`4${NBSP}December${NBSP}2026`);
  });

  it('puts no-break spaces inside « guillemets » and between a number and its word, and counts in French', () => {
    const fr = reportStrings('fr');
    expect(fr.quote('Idées')).toBe(`«${NBSP}Idées${NBSP}»`);
    expect(fr.turnout(1, 14)).toBe(`1${NBSP}votant sur 14`);
    expect(fr.turnout(12, 14)).toBe(`12${NBSP}votants sur 14`);
    expect(fr.points(0)).toBe(`0${NBSP}point`);
    expect(fr.notes(1234)).toBe(`1\u202f234${NBSP}notes`);
    expect(fr.generatedAt(Date.UTC(2026, 11, 5, 14, 30))).toBe(`Rapport généré le 5${NBSP}décembre${NBSP}2026 à 15${NBSP}h${NBSP}30`);
    expect(reportStrings('en').turnout(1, 14)).toBe('1 of 14 voted');
  });

  it('names the palette’s colours as people say them', () => {
    expect(colorName('yellow', 'fr')).toBe('jaune');
    expect(colorName('grey', 'fr')).toBe('gris');
    expect(colorName('pink', 'en')).toBe('pink');
  });
});
