import type { Note } from '@essaim/shared';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from './BoardContext';
import { searchMatches } from './canvasSearch';
import { useNotes } from './useNotes';
import { useAuthorNames } from './usePresence';
import { useSeesAuthors } from './useBoardAttention';
import { useStore } from './useStore';

/** The notes matching the canvas search, in reading order, live with the board (the query as typed, deferred). */
export function useSearchMatches(): Note[] {
  const { t } = useTranslation();
  const board = useBoard();
  const notes = useNotes();
  const query = useDeferredValue(useStore(board.search).query);
  const names = useAuthorNames();
  // an anonymous workshop signs no note for its participants: no author to search either
  const you = useSeesAuthors() ? t('notesList.you') : '';
  const authorOf = useCallback((note: Note) => (note.authorId === board.me.id ? you : (names.get(note.authorId) ?? '')), [board, names, you]);
  return useMemo(() => searchMatches(notes, query, authorOf), [notes, query, authorOf]);
}
