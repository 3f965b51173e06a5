import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadName } from './downloadName.js';

describe('the name an export downloads under', () => {
  it('keeps the title whole in filename* and gives an ASCII shadow', () => {
    const name = downloadName('Atelier « Bien vieillir » : Haute-Loire / 2026', 'pdf');
    expect(name).toBe('Atelier « Bien vieillir » Haute-Loire 2026.pdf');
    expect(contentDisposition(name)).toBe(
      `attachment; filename="Atelier _ Bien vieillir _ Haute-Loire 2026.pdf"; filename*=UTF-8''Atelier%20%C2%AB%20Bien%20vieillir%20%C2%BB%20Haute-Loire%202026.pdf`,
    );
  });

  it('never cuts an emoji in half at its length limit, nor lets a line break or quote into the header', () => {
    const name = downloadName(`${'x'.repeat(99)}😀 fin`, 'csv');
    expect(name).toBe(`${'x'.repeat(99)}.csv`);
    expect(() => contentDisposition(name)).not.toThrow();
    const header = contentDisposition(downloadName('Titre\r\nX-Injected: 1 "q"', 'json'));
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="Titre X-Injected 1 q.json"/);
  });

  it('names an unnamed title after Essaim', () => {
    expect(downloadName('\u200b\u202e', 'png')).toBe('essaim.png');
  });
});
