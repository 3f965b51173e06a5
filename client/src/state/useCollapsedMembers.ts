import { useMemo } from 'react';
import { useBoard } from './BoardContext';
import { useEntries } from './useEntries';
import { useNotes } from './useNotes';

const NONE: ReadonlySet<string> = new Set();

/** The notes hidden in folded clusters (their cluster shows as a title card instead). */
export function useCollapsedMembers(): ReadonlySet<string> {
  const board = useBoard();
  const notes = useNotes();
  const groups = useEntries(board.groups);
  return useMemo(() => {
    const folded = new Set(groups.filter((g) => g.collapsed).map((g) => g.id));
    if (folded.size === 0) return NONE;
    return new Set(notes.filter((n) => n.groupId && folded.has(n.groupId)).map((n) => n.id));
  }, [notes, groups]);
}
