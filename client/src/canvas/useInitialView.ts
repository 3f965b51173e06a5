import { fitToContent, type Viewport } from '@essaim/shared';
import { useEffect, useRef } from 'react';
import { fitView } from '../state/boardCommands';
import type { BoardServices } from '../state/BoardServices';
import { useEntries } from '../state/useEntries';
import { useNotes } from '../state/useNotes';
import { useStore } from '../state/useStore';

/**
 * Centres the board origin on first display, then fits the board once its notes, zones or
 * headings arrive (from the offline copy or the server; a template's board has zones and no
 * notes), unless the user has already moved the view — or the room did (« Suivez-moi », a focus).
 */
export function useInitialView(board: BoardServices): void {
  const size = useStore(board.stageSize);
  const notes = useNotes();
  const frames = useEntries(board.frames);
  const labels = useEntries(board.labels);
  const centred = useRef<Viewport | null>(null);
  const settled = useRef(false);
  const initial = useRef(board.viewport.get());
  useEffect(() => {
    if (settled.current || size.width === 0 || size.height === 0) return;
    if (!centred.current) {
      const centre = fitToContent(null, size);
      centred.current = centre;
      board.viewport.set((v) => (v === initial.current ? centre : v));
    }
    if (notes.length + frames.length + labels.length === 0) return;
    settled.current = true;
    const untouched = board.viewport.get() === centred.current && board.selection.get().editingId === null;
    if (untouched) fitView(board);
  }, [board, size, notes, frames, labels]);
}
