import type { Point } from '@essaim/shared';
import type Konva from 'konva';
import { useMemo } from 'react';
import type { BoardServices } from '../state/BoardServices';
import { selectEntry } from '../state/selection';
import { commitSelectionMove, planSelectionMove, shifted, type SelectionMove } from '../state/selectionMove';
import type { ZoneHandlers } from './ZoneFrame';

interface ZoneDrag {
  id: string;
  origin: Point;
  /** what moves with it, and from where: its notes, and the rest of the selection when it is selected */
  plan: SelectionMove;
}

/** Places the nodes named `name` whose id has a live position (the layers draw them there only on their next render). */
function place(stage: Konva.Stage | null, name: string, positions: ReadonlyMap<string, Point>, skip?: string): void {
  if (!stage || positions.size === 0) return;
  for (const node of stage.find(`.${name}`)) {
    const p = node.id() !== skip ? positions.get(node.id()) : undefined;
    if (p) node.position(p);
  }
}

/**
 * Selecting, renaming and dragging zones (facilitators). A drag carries the notes that lay in
 * the zone when it began, and, from a selected zone, the rest of the selection (its zones with
 * their notes, its headings, its notes): the notes follow live (this user's `localDrag`, the
 * others' through awareness `drag`), the zones too (awareness `dragZones`, drawn by the others'
 * `FramesLayer`); the document gets it all on drop.
 */
export function useFrameHandlers(board: BoardServices): ZoneHandlers {
  return useMemo(() => {
    const { selection, frames, localDrag, presence } = board;
    let drag: ZoneDrag | null = null;
    const idOf = (e: Konva.KonvaEventObject<Event>) => e.currentTarget.id();
    const delta = (node: Konva.Node, d: ZoneDrag) => ({ dx: node.x() - d.origin.x, dy: node.y() - d.origin.y });

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
        drag = { id: frame.id, origin: { x: frame.x, y: frame.y }, plan: planSelectionMove(board, frame.id) };
      },
      onDragMove(e) {
        if (!drag || idOf(e) !== drag.id) return;
        const { dx, dy } = delta(e.target, drag);
        const notes = shifted(drag.plan.notes, dx, dy);
        const zones = shifted(drag.plan.zones, dx, dy);
        if (notes.size > 0) localDrag.set(notes);
        presence.setDrag(notes, zones);
        const stage = e.target.getStage();
        place(stage, 'note', notes);
        // Konva moves the dragged zone itself (or its title band, far away, which moves the zone: `ZoneTitlesLayer`)
        place(stage, 'zone', zones, drag.id);
        place(stage, 'zone-title-band', zones, drag.id);
        place(stage, 'label', shifted(drag.plan.labels, dx, dy));
      },
      onDragEnd(e) {
        if (!drag || idOf(e) !== drag.id) return;
        const current = drag;
        drag = null;
        const { dx, dy } = delta(e.target, current);
        // the document first, so no frame shows the notes back at their old places
        const notesMoved = commitSelectionMove(board, current.plan, dx, dy);
        // loose notes refused there (a locked zone) go back: their stored place did not change, so no render moves them
        if (!notesMoved) place(e.target.getStage(), 'note', new Map(current.plan.loose.map((id) => [id, current.plan.notes.get(id)!])));
        if (current.plan.notes.size > 0) localDrag.set(null);
        presence.setDrag(null);
      },
    };
  }, [board]);
}
