import { describe, expect, it } from 'vitest';
import { NOTE_LINE_HEIGHT, NOTE_MIN_FONT_SIZE } from './boardStyle.js';
import { fitNoteText } from './noteShape.js';
import { countingMeasure } from './reportFixture.js';
import { reportMeasure } from './textMeasure.js';
import { wrapText } from './wrapText.js';

/** A default note (160 board units): its text's width and height as the client keeps them. */
const WIDTH = 136;
const ROOM = 160 - 12 - 12 - 18;
const NBSP = '\u00a0';


const fits = (lines: string[], size: number) => lines.every((line) => reportMeasure.width(line, size, false) <= WIDTH + 0.01);

describe('a note’s text on the board', () => {
  it('is hyphenated in French where a long word meets the end of a line', () => {
    const { size, lines } = fitNoteText(`Anticonstitutionnellement${NBSP}: un mot très long`, WIDTH, ROOM, reportMeasure);
    expect(fits(lines, size)).toBe(true);
    expect(lines[0]).toMatch(/^Anticonstitution-$|^Anticonsti-$|^Anticonstitu-$/);
    expect(lines.join(' ').replace(/- /g, '')).toBe(`Anticonstitutionnellement${NBSP}: un mot très long`);
  });

  it('breaks after the hyphens of a compound word without adding one', () => {
    const { lines } = wrapText('développement-économique-territorial', { size: 16, bold: false, width: 150, hyphenate: false }, reportMeasure);
    expect(lines).toEqual(['développement-', 'économique-', 'territorial']);
  });

  it('keeps « guillemets », colons and question marks with their words', () => {
    const text = `Mettre en place un «${NBSP}pédibus${NBSP}» pour l’école${NBSP}: pourquoi pas\u202f?`;
    for (const width of [60, 90, 120, 150]) {
      const { lines } = wrapText(text, { size: 16, bold: false, width, hyphenate: true }, reportMeasure);
      for (const line of lines) expect(line).not.toMatch(/^[»:?]|«$/);
    }
  });

  it('shrinks to hold a longer text, down to the smallest size, then ends with « … »', () => {
    const short = fitNoteText('Ça coûte trop cher !', WIDTH, ROOM, reportMeasure);
    const longer = fitNoteText('Les élèves du collège rentrent tard à cause des horaires du car scolaire, il faudrait en parler.', WIDTH, ROOM, reportMeasure);
    const tooLong = fitNoteText('Beaucoup de familles s’organisent entre elles, mais ce n’est pas tenable. '.repeat(6), WIDTH, ROOM, reportMeasure);
    expect(short.size).toBe(16);
    expect(longer.size).toBeLessThan(16);
    expect(longer.size).toBeGreaterThan(NOTE_MIN_FONT_SIZE);
    expect(longer.lines.join(' ')).not.toContain('…');
    expect(tooLong.size).toBe(NOTE_MIN_FONT_SIZE);
    expect(tooLong.lines.at(-1)).toMatch(/…$/);
    expect(tooLong.lines.length * NOTE_MIN_FONT_SIZE * NOTE_LINE_HEIGHT).toBeLessThanOrEqual(ROOM);
    expect(fits(tooLong.lines, tooLong.size)).toBe(true);
  });
});

describe('a note of 2,000 characters without a space', () => {
  // the stored limit is 2,000 UTF-16 units: one typed word, digits, accents written as a letter and a combining accent, emoji
  const texts = {
    word: 'anticonstitutionnellement'.repeat(80),
    digits: '1234567890'.repeat(200),
    accents: 'e\u0301'.repeat(1000),
    emoji: '😀'.repeat(1000),
  };

  it('is laid out with a few hundred short measures, in a default note and in the largest one', () => {
    // it took up to 437,000 measures, 294 million characters in all (40 s for one note: the export timed out)
    for (const [name, text] of Object.entries(texts)) {
      for (const [width, room] of [[WIDTH, ROOM], [1200 - 24, 1200 - 42]] as const) {
        const measure = countingMeasure();
        const { size, lines } = fitNoteText(text, width, room, measure);
        // a few measures of each line it makes, at each size: about 40 times the text's own length at most
        expect({ name, width, calls: measure.calls < 1_500, chars: measure.chars < 80_000 }).toEqual({ name, width, calls: true, chars: true });
        expect(lines.every((line) => reportMeasure.width(line, size, false) <= width + 0.01)).toBe(true);
        expect(lines.length * size * NOTE_LINE_HEIGHT).toBeLessThanOrEqual(room);
      }
    }
    // and the note is still filled at the smallest size, hyphenated, then « … »
    const { size, lines } = fitNoteText(texts.word, WIDTH, ROOM, countingMeasure());
    expect(size).toBe(NOTE_MIN_FONT_SIZE);
    expect(lines).toHaveLength(Math.floor(ROOM / (NOTE_MIN_FONT_SIZE * NOTE_LINE_HEIGHT)));
    expect(lines.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
    expect(lines.at(-1)).toMatch(/…$/);
    const shown = lines.join('').replace(/-|…/g, '');
    expect(texts.word.startsWith(shown)).toBe(true);
  });
});
