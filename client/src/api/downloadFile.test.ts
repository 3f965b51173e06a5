import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './downloadFile';

describe('fileNameFromDisposition', () => {
  it('takes the UTF-8 name first, so accents and « guillemets » survive', () => {
    const header = `attachment; filename="Besoins du territoire - Pays de Retz.pdf"; filename*=UTF-8''Besoins%20du%20territoire%20%E2%80%93%20Pays%20de%20Retz%20%C2%AB%C2%A0%C3%A9t%C3%A9%C2%A0%C2%BB.pdf`;
    expect(fileNameFromDisposition(header, 'essaim.pdf')).toBe('Besoins du territoire – Pays de Retz «\u00a0été\u00a0».pdf');
  });

  it('finds the UTF-8 name whichever comes first, and reads lower-case charsets', () => {
    expect(fileNameFromDisposition(`attachment; filename*=utf-8''%C5%93uvre.csv; filename="oeuvre.csv"`, 'x')).toBe('œuvre.csv');
  });

  it('falls back to the plain name when the extended one is missing or broken', () => {
    expect(fileNameFromDisposition('attachment; filename="Atelier \\"A\\".json"', 'essaim.json')).toBe('Atelier A .json');
    expect(fileNameFromDisposition(`attachment; filename="Atelier.csv"; filename*=UTF-8''%E2%80`, 'x')).toBe('Atelier.csv');
    expect(fileNameFromDisposition('attachment; filename=plain.png', 'x')).toBe('plain.png');
  });

  it('never keeps a folder, a hidden-file dot or control characters, and falls back when nothing is left', () => {
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd`, 'x')).toBe('passwd');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''a%0Ab.pdf`, 'x')).toBe('a b.pdf');
    expect(fileNameFromDisposition('attachment', 'essaim.pdf')).toBe('essaim.pdf');
    expect(fileNameFromDisposition(null, 'essaim.pdf')).toBe('essaim.pdf');
    expect(fileNameFromDisposition('attachment; filename="///"', 'essaim.pdf')).toBe('essaim.pdf');
  });
});
