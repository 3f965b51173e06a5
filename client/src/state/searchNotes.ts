import type { Note } from '@essaim/shared';

/** Ligatures that decomposition leaves whole, written as a French reader would type them. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * Text as search compares it: without accents, ligatures spelt out, lower case, one space between
 * words, typographic apostrophes as plain ones — « École » and « ecole » fold alike.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of the query is somewhere in the text (folded); an empty query matches everything. */
export function matchesSearch(foldedText: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.every((word) => foldedText.includes(word));
}

/**
 * The notes to read, newest first, keeping those whose text or author matches the query.
 * `authorOf` gives the shown author of a note ('' when none is shown, so it cannot be searched).
 */
export function searchNotes(notes: readonly Note[], query: string, authorOf: (note: Note) => string): Note[] {
  const newestFirst = [...notes].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  if (!foldForSearch(query)) return newestFirst;
  return newestFirst.filter((note) => matchesSearch(foldForSearch(`${note.text} ${authorOf(note)}`), query));
}
