import { describe, expect, it } from 'vitest';
import { firstLines } from './firstLines';

// every character is 1 unit wide
const measure = (s: string) => s.length;

describe('firstLines', () => {
  it('wraps at word boundaries', () => {
    expect(firstLines('Transport à la demande', 12, 3, measure)).toEqual(['Transport à', 'la demande']);
  });

  it('stops at the last line allowed and says the text goes on', () => {
    expect(firstLines('Une école de la deuxième chance pour les décrocheurs', 10, 2, measure)).toEqual(['Une école', 'de la…']);
  });

  it('shortens a word longer than a line instead of splitting it, and goes on with the next', () => {
    expect(firstLines('intergénérationnelle', 8, 3, measure)).toEqual(['intergé…']);
    expect(firstLines('Colocation intergénérationnelle à Lunel', 8, 3, measure)).toEqual(['Colocat…', 'intergé…', 'à Lunel']);
    expect(firstLines('Colocation intergénérationnelle à Lunel', 8, 2, measure)).toEqual(['Colocat…', 'intergé…']);
  });

  it('gives nothing for empty text or no room', () => {
    expect(firstLines('   ', 10, 3, measure)).toEqual([]);
    expect(firstLines('Habitat léger', 10, 0, measure)).toEqual([]);
  });
});
