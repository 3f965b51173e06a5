import { describe, expect, it } from 'vitest';
import { cleanText } from './cleanText.js';

describe('cleanText (names, titles, template names and descriptions)', () => {
  it('folds white space and control characters, trims, and caps the length', () => {
    expect(cleanText('  Atelier \n\t mobilité  ', 60)).toBe('Atelier mobilité');
    expect(cleanText('a\u0000b\u007fc', 60)).toBe('a b c');
    expect(cleanText('Carte des besoins', 5)).toBe('Carte');
    expect(cleanText(42, 60)).toBe('');
  });

  it('drops zero-width characters, so two names that look alike are stored alike', () => {
    expect(cleanText('Li\u200Bna', 40)).toBe('Lina');
    expect(cleanText('\uFEFFLina\u2060', 40)).toBe('Lina');
    expect(cleanText('Li\u200Cna\u200D', 40)).toBe('Lina');
    expect(cleanText('Ré\u00ADgion', 40)).toBe('Région');
    // nothing left to show: no name at all
    expect(cleanText('\u200B\u200B \u202E', 40)).toBe('');
  });

  it('drops bidirectional controls, so a name reads as it is stored', () => {
    // U+202E would show « Arbre de l’Aude‮ledom » reversed after it
    expect(cleanText('Arbre\u202E de l’Aude\u202C', 60)).toBe('Arbre de l’Aude');
    expect(cleanText('\u2066Salle 1\u2069 \u200E\u200F\u061C', 60)).toBe('Salle 1');
  });

  it('keeps accents, apostrophes, non-Latin scripts and emoji sequences whole', () => {
    expect(cleanText('Zoé l’Éclaireuse', 40)).toBe('Zoé l’Éclaireuse');
    expect(cleanText('Łukasz Žák — مريم', 40)).toBe('Łukasz Žák — مريم');
    // a farmer, a rainbow flag and a skin-toned farmer keep their joiners
    for (const emoji of ['👩\u200D🌾', '🏳\uFE0F\u200D🌈', '👩🏽\u200D🌾']) expect(cleanText(`Ferme ${emoji}`, 40)).toBe(`Ferme ${emoji}`);
  });

  it('never cuts an emoji in half at the length cap', () => {
    expect(cleanText('ab🌾', 3)).toBe('ab');
    expect(cleanText('ab🌾', 4)).toBe('ab🌾');
  });
});
