import type { Note } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch, searchNotes } from './searchNotes';
import { testNote } from './testBoard';

const note = (id: string, text: string, createdAt: number, authorId = 'a'): Note => testNote({ id, text, createdAt, authorId });

describe('searchNotes', () => {
  it('finds accented words from a query typed without accents, and the other way round', () => {
    expect(matchesSearch(foldForSearch('Une école de la deuxième chance'), 'ecole')).toBe(true);
    expect(matchesSearch(foldForSearch('Une ecole rurale'), 'ÉCOLE')).toBe(true);
    expect(matchesSearch(foldForSearch('Cœur de village'), 'coeur')).toBe(true);
    expect(matchesSearch(foldForSearch('L’épicerie solidaire'), "l'epicerie")).toBe(true);
    expect(matchesSearch(foldForSearch('Maison de santé'), 'ecole')).toBe(false);
  });

  it('wants every word of the query, in any order', () => {
    const text = foldForSearch('Transport à la demande en zone rurale');
    expect(matchesSearch(text, 'rurale transport')).toBe(true);
    expect(matchesSearch(text, 'transport urbain')).toBe(false);
    expect(matchesSearch(text, '   ')).toBe(true);
  });

  it('lists the newest first, and searches the shown author too', () => {
    const notes = [note('a', 'Navette du marché', 1, 'lina'), note('b', 'Épicerie itinérante', 3, 'marc'), note('c', 'Marché de producteurs', 2, 'marc')];
    const authors: Record<string, string> = { lina: 'Lina', marc: 'Marc' };
    const authorOf = (n: Note) => authors[n.authorId] ?? '';
    expect(searchNotes(notes, '', authorOf).map((n) => n.id)).toEqual(['b', 'c', 'a']);
    expect(searchNotes(notes, 'marche', authorOf).map((n) => n.id)).toEqual(['c', 'a']);
    expect(searchNotes(notes, 'lina', authorOf).map((n) => n.id)).toEqual(['a']);
    expect(searchNotes(notes, 'lina', () => '').map((n) => n.id)).toEqual([]);
  });
});
