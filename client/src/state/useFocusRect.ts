import type { Rect } from '@essaim/shared';
import { useMemo } from 'react';
import { useBoard } from './BoardContext';
import { focusRect } from './focusRect';
import { useBoardAttention } from './useBoardAttention';
import { useEntries } from './useEntries';
import { useNotes } from './useNotes';

/** The rectangle the room's spotlight leaves clear, live with the board; null without a focus or when its entry is gone. */
export function useFocusRect(): Rect | null {
  const board = useBoard();
  const { focus } = useBoardAttention();
  const notes = useNotes();
  const frames = useEntries(board.frames);
  const groups = useEntries(board.groups);
  return useMemo(() => (focus ? focusRect(focus, { notes, frames, groups }) : null), [focus, notes, frames, groups]);
}
