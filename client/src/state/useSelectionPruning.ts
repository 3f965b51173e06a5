import { useEffect } from 'react';
import { useBoard } from './BoardContext';
import { useNotes } from './useNotes';
import { pruneSelection } from './selection';

/** Keeps the selection to notes that still exist after someone else deletes some. */
export function useSelectionPruning(): void {
  const { selection } = useBoard();
  const notes = useNotes();
  useEffect(() => {
    const existing = new Set(notes.map((n) => n.id));
    selection.set((s) => pruneSelection(s, existing));
  }, [notes, selection]);
}
