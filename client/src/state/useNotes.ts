import type { Note } from '@essaim/shared';
import { useMemo, useSyncExternalStore } from 'react';
import { useBoard } from './BoardContext';

export function useNotes(): readonly Note[] {
  const { notes } = useBoard();
  return useSyncExternalStore(notes.subscribe, notes.getSnapshot, notes.getSnapshot);
}

export function useNotesById(): ReadonlyMap<string, Note> {
  const notes = useNotes();
  return useMemo(() => new Map(notes.map((n) => [n.id, n])), [notes]);
}
