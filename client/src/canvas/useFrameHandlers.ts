import type { Point } from '@essaim/shared';
import type Konva from 'konva';
import { useMemo } from 'react';
import type { BoardServices } from '../state/BoardServices';
import { notesOfZone } from '../state/frameCommands';
import { selectEntry } from '../state/selection';
import type { ZoneHandlers } from './ZoneFrame';

interface ZoneDrag {
  id: string;
  origin: Point;
  /** the notes lying in the zone when the drag began, and where they were: they move with it */
  notes: Map<string, Point>;
}

/**
 * Selecting, renaming and dragging zones (facilitators). A drag carries the notes that lay in
 * the zone when it began: they follow live (this user's `localDrag`, the others' through
 * awareness), and the zone and its notes reach the document once, on drop, in one change.
 */
export function useFrameHandlers(board: BoardServices): ZoneHandlers {
  return useMemo(() => {
    const { selection, frames, localDrag, presence, actions } = board;
    let drag: ZoneDrag | null = null;
    const idOf = (e: Konva.KonvaEventObject<Event>) => e.currentTarget.id();

    const carried = (node: Konva.Node): Map<string, Point> => {
      const positions = new Map<string, Point>();
      if (!drag) return positions;
      const dx = node.x() - drag.origin.x;
      const dy = node.y() - drag.origin.y;
      for (const [id, p] of drag.notes) positions.set(id, { x: p.x + dx, y: p.y + dy });
      return positions;
    };

    return {
      onPress(e) {
        const shift = (e.evt as MouseEvent).shiftKey === true;
        const id = idOf(e);
        if (shift || !selection.get().others.frames.has(id)) selection.set((s) => selectEntry(s, 'frames', id, shift));
      },
      onEdit(e) {
        const id = idOf(e);
        selection.set((s) => selectEntry(s, 'frames', id));
        board.textEditing.set({ kind: 'frames', id });
      },
      onDragStart(e) {
        const frame = frames.get(idOf(e));
        if (!frame) return;
        const notes = new Map<string, Point>();
        for (const id of notesOfZone(board, frame)) {
          const note = board.notes.get(id)!;
          notes.set(id, { x: note.x, y: note.y });
        }
        drag = { id: frame.id, origin: { x: frame.x, y: frame.y }, notes };
      },
      onDragMove(e) {
        if (!drag || idOf(e) !== drag.id) return;
        const positions = carried(e.target);
        if (positions.size === 0) return;
        localDrag.set(positions);
        presence.setDrag(positions);
        // the notes layer draws them at these positions when it re-renders, not on every move: place them now
        for (const node of e.target.getStage()?.find('.note') ?? []) {
          const p = positions.get(node.id());
          if (p) node.position(p);
        }
      },
      onDragEnd(e) {
        if (!drag || idOf(e) !== drag.id) return;
        const { id, origin, notes } = drag;
        drag = null;
        const dx = e.target.x() - origin.x;
        const dy = e.target.y() - origin.y;
        // the document first, so no frame shows the notes back at their old places
        if (dx !== 0 || dy !== 0) actions.moveFrame(id, dx, dy, [...notes.keys()]);
        if (notes.size > 0) {
          localDrag.set(null);
          presence.setDrag(null);
        }
      },
    };
  }, [board]);
}
