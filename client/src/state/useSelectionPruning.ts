import { useEffect } from 'react';
import { useBoard } from './BoardContext';
import { useEntries } from './useEntries';
import { useNotes } from './useNotes';
import { OTHER_KINDS, pruneEntries, pruneSelection } from './selection';

/** Keeps the selection to entries that still exist after someone else deletes some. */
export function useSelectionPruning(): void {
  const board = useBoard();
  const { selection } = board;
  const notes = useNotes();
  const frames = useEntries(board.frames);
  const links = useEntries(board.links);
  const labels = useEntries(board.labels);
  useEffect(() => {
    const existing = new Set(notes.map((n) => n.id));
    selection.set((s) => pruneSelection(s, existing));
  }, [notes, selection]);
  useEffect(() => {
    const lists = { frames, links, labels };
    for (const kind of OTHER_KINDS) {
      const existing = new Set(lists[kind].map((e) => e.id));
      selection.set((s) => pruneEntries(s, kind, existing));
    }
  }, [frames, links, labels, selection]);
}
