import type Konva from 'konva';
import { useMemo } from 'react';
import type { BoardServices } from '../state/BoardServices';
import { selectEntry } from '../state/selection';
import type { LabelHandlers } from './BoardLabel';

/** Selecting, moving (written on drop) and opening headings for typing (facilitators). */
export function useLabelHandlers(board: BoardServices): LabelHandlers {
  return useMemo(() => {
    const idOf = (e: Konva.KonvaEventObject<Event>) => e.currentTarget.id();
    return {
      onPress(e) {
        const shift = (e.evt as MouseEvent).shiftKey === true;
        const id = idOf(e);
        if (shift || !board.selection.get().others.labels.has(id)) board.selection.set((s) => selectEntry(s, 'labels', id, shift));
      },
      onEdit(e) {
        const id = idOf(e);
        board.selection.set((s) => selectEntry(s, 'labels', id));
        board.textEditing.set({ kind: 'labels', id });
      },
      onDragEnd(e) {
        const label = board.labels.get(idOf(e));
        if (!label) return;
        const x = Math.round(e.target.x());
        const y = Math.round(e.target.y());
        if (x !== label.x || y !== label.y) board.actions.updateLabels(new Map([[label.id, { x, y }]]));
      },
    };
  }, [board]);
}
