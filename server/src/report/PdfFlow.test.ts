import { describe, expect, it } from 'vitest';
import { reportText } from './PdfFlow.js';

describe('reportText', () => {
  it('gives a run with no place to break a zero-width break every 40 characters, never inside a character as one sees it', () => {
    const digits = reportText('1234567890'.repeat(20));
    expect(digits.replaceAll('\u200b', '')).toBe('1234567890'.repeat(20));
    expect(digits.split('\u200b').map((run) => run.length)).toEqual([40, 40, 40, 40, 40]);
    const accents = reportText('e\u0301'.repeat(100));
    for (const run of accents.split('\u200b')) expect(run.startsWith('\u0301')).toBe(false);
    const flags = reportText('🇫🇷'.repeat(90));
    for (const run of flags.split('\u200b')) expect([...run].length % 2).toBe(0);
  });

  it('leaves ordinary French text as it was typed, but for the no-break spaces of its punctuation', () => {
    expect(reportText('Une navette « solidaire » : pourquoi pas ?')).toBe('Une navette «\u00a0solidaire\u00a0»\u00a0: pourquoi pas\u00a0?');
  });
});
