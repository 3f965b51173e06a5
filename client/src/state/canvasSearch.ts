import { readingOrder, type Note } from '@essaim/shared';
import { foldForSearch, searchNotes } from './searchNotes';

/** The canvas search of this tab: what is looked for, and the match the view was brought to. */
export interface CanvasSearch {
  query: string;
  /** the match last jumped to (selected, in view); null before the first jump */
  currentId: string | null;
  /** bumped to ask the search field to take the focus (Ctrl/Cmd+F) */
  focusRequest: number;
}

export const EMPTY_SEARCH: CanvasSearch = { query: '', currentId: null, focusRequest: 0 };

/**
 * The notes matching the query — every word in the note's text or its shown author, accents
 * and case ignored, as in the notes list (`searchNotes`) — in reading order, so « suivant »
 * goes through the board line by line. An empty query matches nothing: nothing is highlighted.
 */
export function searchMatches(notes: readonly Note[], query: string, authorOf: (note: Note) => string): Note[] {
  if (!foldForSearch(query)) return [];
  const found = searchNotes(notes, query, authorOf);
  return readingOrder(found).map((i) => found[i]!);
}

/** The match after (`1`) or before (`-1`) the current one, going round; the first (or last) when none is current. */
export function stepMatch(matches: readonly { id: string }[], currentId: string | null, direction: 1 | -1): string | null {
  if (matches.length === 0) return null;
  const at = currentId === null ? -1 : matches.findIndex((m) => m.id === currentId);
  if (at < 0) return matches[direction === 1 ? 0 : matches.length - 1]!.id;
  return matches[(at + direction + matches.length) % matches.length]!.id;
}

/** 1-based position of the current match, 0 when none is current (or it no longer matches). */
export function matchPosition(matches: readonly { id: string }[], currentId: string | null): number {
  return currentId === null ? 0 : matches.findIndex((m) => m.id === currentId) + 1;
}
