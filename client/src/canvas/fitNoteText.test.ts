import { describe, expect, it } from 'vitest';
import { cachedMeasure, countLines, fitText, NOTE_MIN_FONT_SIZE } from './fitNoteText';
import { NOTE_FONT_SIZE } from './noteStyle';

/** Every character 50 px wide at the reference size: 8 px at 16 px, 5.5 px at 11 px. */
const monospace = (text: string) => text.length * 50;
const box = (text: string, width = 160, height = 160) => ({ text, width, height, top: 12 });

describe('countLines', () => {
  it('wraps by words and keeps the author’s line breaks', () => {
    // 10 px per character at 20 px: 5 characters a line of 50 px
    expect(countLines('abcd abcd', 50, 20, monospace)).toBe(2);
    expect(countLines('ab ab', 50, 20, monospace)).toBe(1);
    expect(countLines('ab\n\nab', 50, 20, monospace)).toBe(3);
  });

  it('breaks a word longer than the line across lines', () => {
    expect(countLines('abcdefghijkl', 50, 20, monospace)).toBe(3);
    expect(countLines('abcdefghijkl ab', 50, 20, monospace)).toBe(3);
  });
});

describe('fitText', () => {
  it('keeps the usual size and height for a short text', () => {
    expect(fitText(box('Un besoin'), monospace)).toEqual({ fontSize: NOTE_FONT_SIZE, height: 160 });
  });

  it('shrinks the font so a long word stays whole rather than broken mid-word', () => {
    // 18 characters: 144 px at 16 px, wider than the line of a 160 px note; 126 px at 14 px
    const fit = fitText(box('Accompagnementssss par des pairs'), monospace);
    expect(fit.fontSize).toBeLessThan(NOTE_FONT_SIZE);
    expect((18 * 50 * fit.fontSize) / 100).toBeLessThanOrEqual(160 - 2 * 12 - 2);
    expect(fit.height).toBe(160);
  });

  it('shrinks the font before anything else', () => {
    const fit = fitText(box('mot '.repeat(40)), monospace);
    expect(fit.fontSize).toBeLessThan(NOTE_FONT_SIZE);
    expect(fit.fontSize).toBeGreaterThanOrEqual(NOTE_MIN_FONT_SIZE);
    expect(fit.height).toBe(160);
  });

  it('grows the note when even the smallest font does not hold the text, never cutting it', () => {
    const text = 'mot '.repeat(125); // 500 characters
    const fit = fitText(box(text), monospace);
    expect(fit.fontSize).toBe(NOTE_MIN_FONT_SIZE);
    const lines = countLines(text, 160 - 24 - 2, NOTE_MIN_FONT_SIZE, monospace);
    // room for every line between the top and the author's line
    expect(fit.height - 12 - 12 - 18).toBeGreaterThanOrEqual(lines * NOTE_MIN_FONT_SIZE * 1.25);
    expect(fitText(box(text, 320), monospace).height).toBeLessThan(fit.height);
  });

  it('never makes a note smaller than it is', () => {
    expect(fitText(box('', 160, 400), monospace).height).toBe(400);
    expect(fitText(box('court', 160, 400), monospace).height).toBe(400);
  });
});

describe('cachedMeasure', () => {
  it('measures a word once', () => {
    let calls = 0;
    const measure = cachedMeasure((t) => {
      calls++;
      return monospace(t);
    });
    fitText(box('le même mot le même mot '.repeat(20)), measure);
    expect(calls).toBeLessThanOrEqual(4);
  });
});
