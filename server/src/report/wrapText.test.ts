import { describe, expect, it } from 'vitest';
import { countingMeasure } from './reportFixture.js';
import { reportMeasure } from './textMeasure.js';
import { fitLine, wrapText } from './wrapText.js';


describe('wrapText on a word longer than many lines', () => {
  it('cuts it with a few short measures per line, never measuring the rest of the word whole', () => {
    // it took 46,000 measures of 31 million characters in all for these 128 lines
    const word = 'anticonstitutionnellement'.repeat(80);
    const measure = countingMeasure();
    const { lines, forced } = wrapText(word, { size: 16, bold: false, width: 136, hyphenate: true }, measure);
    expect(forced).toBe(false);
    expect(lines.length).toBeGreaterThan(100);
    expect(measure.calls).toBeLessThan(10 * lines.length);
    expect(measure.chars).toBeLessThan(200 * lines.length);
    expect(lines.every((line) => reportMeasure.width(line, 16, false) <= 136)).toBe(true);
    expect(lines.join('').replace(/-/g, '')).toBe(word);
  });

  it('hyphenates each piece where French hyphenates the whole word (« con-nexion », not a forced « conne »)', () => {
    // a small note (60 units wide): the word takes three lines
    const { lines, forced } = wrapText('interconnexion', { size: 11, bold: false, width: 36, hyphenate: true }, reportMeasure);
    expect(lines).toEqual(['inter-', 'con-', 'nexion']);
    expect(forced).toBe(false);
  });
});

describe('a cut where no hyphenation point is', () => {
  // a flag, a family, a skin tone, a Korean syllable in jamo, letters with combining accents
  const units = ['🇫🇷', '👨‍👩‍👧', '👍🏽', '\u1100\u1161\u11a8', 'e\u0301', 'o\u0308\u0304'];

  it('never falls inside a character as one sees it', () => {
    for (const unit of units) {
      for (const width of [20, 36, 136]) {
        const { lines, forced } = wrapText(unit.repeat(60), { size: 16, bold: false, width, hyphenate: true }, reportMeasure);
        expect(forced).toBe(true);
        for (const line of lines) expect({ unit, width, line: line.split(unit).join('') }).toEqual({ unit, width, line: '' });
        const cut = fitLine(unit.repeat(60), width, 16, false, reportMeasure);
        expect({ unit, width, cut: cut.replace(/…$/, '').split(unit).join('') }).toEqual({ unit, width, cut: '' });
      }
    }
  });
});

describe('fitLine', () => {
  it('ends a long title with « … » at the longest head that fits, in a few measures', () => {
    // it took one measure per character taken off: 84 for this title in 40 units
    const title = 'Un titre de zone assez long pour une carte étroite, '.repeat(2).trim();
    for (const width of [40, 120, 300]) {
      const measure = countingMeasure();
      const shown = fitLine(title, width, 14, true, measure);
      expect(measure.calls).toBeLessThan(20);
      const head = shown.replace(/…$/, '');
      expect(title.startsWith(head)).toBe(true);
      expect(reportMeasure.width(shown, 14, true)).toBeLessThanOrEqual(width);
      // one more letter (and the space before it) would not fit
      const longer = head + title.slice(head.length).match(/^\s*\S/)![0];
      expect(reportMeasure.width(`${longer}…`, 14, true)).toBeGreaterThan(width);
    }
  });
});

describe('wrapText and French typography', () => {
  it('never starts a line with ? ! : ; or », nor ends one with «, when the author typed ordinary spaces', () => {
    const text = 'Portage de repas : délais trop longs ! Créer une « conciergerie » ; pourquoi pas à Langeac ? Moins 10 %';
    for (let width = 60; width <= 400; width += 7) {
      const { lines } = wrapText(text, { size: 16, bold: false, width, hyphenate: true }, reportMeasure);
      for (const line of lines) {
        expect(line).not.toMatch(/^[?!:;%»]/);
        expect(line).not.toMatch(/«$/);
      }
      expect(lines.join('').replace(/[\s\u00a0-]+/g, '')).toBe(text.replace(/[\s-]+/g, ''));
    }
  });

  it('never hyphenates an acronym', () => {
    for (let width = 50; width <= 140; width += 3) {
      const { lines } = wrapText('Ouvrir l’EHPAD et le CCAS aux familles', { size: 16, bold: false, width, hyphenate: true }, reportMeasure);
      expect(lines.join('\n')).not.toMatch(/(EH|EHP|EHPA|CC|CCA)-\n/);
    }
  });
});
