import type { Point } from '@essaim/shared';
import type Konva from 'konva';
import { useMemo } from 'react';
import type { BoardServices } from '../state/BoardServices';
import { canEditNote, permittedSelection } from '../state/boardCommands';
import { dropNotes } from '../state/clusterCommands';
import { noteMoveRefusal, showMoveRefusal } from '../state/moveRefusal';
import { showRefusal } from '../state/refusalMessage';
import { selectOnly, startEditing, toggleSelected } from '../state/selection';
import { voteModeOn } from '../state/voting/voteMode';
import { watchRefusedDrag } from './refusedDrag';
import { createVoteTaps, type VoteTaps } from './voteTaps';
import type { NoteHandlers } from './StickyNote';

/** The same gestures by note id, for notes drawn without a node of their own (`CompactNotes`). */
export interface NoteCommands {
  pressNote(id: string, shift: boolean): void;
  clickNote(id: string, shift: boolean): void;
  editNote(id: string): void;
  /** vote mode: presses and clicks that put dots rather than select (`createVoteTaps`) */
  votes: VoteTaps;
}

/** Name of the layer the dragged notes move to while dragged (in `BoardStage`). */
export const DRAG_LAYER = 'drag-layer';

interface DragSession {
  /** stored position of every dragged note when the drag began */
  origins: Map<string, Point>;
  anchorId: string;
  /** the dragged nodes, lifted from their layer at these indexes, put back on drop */
  lifted: { node: Konva.Node; index: number }[];
  home: Konva.Container | null;
  /** dragged notes that had no node yet, and the nodes they got since, moved by hand */
  late: Set<string>;
  following: Konva.Node[];
}

/**
 * Konva's advice for dragging on a crowded layer: move what is dragged to a layer of its own,
 * so each frame redraws those nodes only, and put them back (same order) on drop.
 */
function liftDragged(anchor: Konva.Node, ids: ReadonlyMap<string, Point>): Pick<DragSession, 'lifted' | 'home'> {
  const home = anchor.getParent();
  const dragLayer = anchor.getStage()?.findOne<Konva.Layer>(`.${DRAG_LAYER}`);
  if (!home || !dragLayer) return { lifted: [], home: null };
  const lifted = home.getChildren((n) => ids.has(n.id())).map((node) => ({ node, index: node.zIndex() }));
  for (const { node } of lifted) node.moveTo(dragLayer);
  // no bitmap refresh here: the first move commits the dragged ids, and that commit redraws it
  return { lifted, home };
}

/**
 * Selected notes outside the cull window had no node when the drag began; the first move's
 * commit gives every dragged note one. Those join the lifted nodes, and since the Transformer
 * does not carry them, they are placed at their live position on every move.
 */
function followLate(drag: DragSession, anchor: Konva.Node, positions: ReadonlyMap<string, Point>): void {
  const dragLayer = anchor.getLayer();
  if (drag.home && dragLayer && drag.late.size > 0) {
    for (const node of drag.home.getChildren((n) => drag.late.has(n.id()))) {
      drag.late.delete(node.id());
      drag.lifted.push({ node, index: node.zIndex() });
      drag.following.push(node);
      node.moveTo(dragLayer);
    }
  }
  for (const node of drag.following) {
    const p = positions.get(node.id());
    if (p) node.position(p);
  }
}

function putBack({ lifted, home }: Pick<DragSession, 'lifted' | 'home'>): void {
  if (!home) return;
  for (const { node, index } of lifted) {
    // a note deleted by someone else during the drag has been destroyed with its node
    if (!node.getParent()) continue;
    node.moveTo(home);
    node.zIndex(Math.min(index, home.children.length - 1));
  }
}

/**
 * Selection, editing and dragging of notes. A drag moves the whole selection: positions are
 * local and go out through awareness while moving, and reach the document once, on drop.
 */
export function useNoteHandlers(board: BoardServices): NoteHandlers & NoteCommands {
  return useMemo(() => {
    const { selection, notes, localDrag, presence, actions } = board;
    const votes = createVoteTaps(board);
    let drag: DragSession | null = null;
    const idOf = (e: Konva.KonvaEventObject<Event>) => e.currentTarget.id();
    const shiftOf = (e: Konva.KonvaEventObject<Event>) => (e.evt as MouseEvent).shiftKey === true;

    const positionsFor = (node: Konva.Node): Map<string, Point> => {
      const positions = new Map<string, Point>();
      if (!drag) return positions;
      const anchor = drag.origins.get(drag.anchorId)!;
      const dx = node.x() - anchor.x;
      const dy = node.y() - anchor.y;
      for (const [id, p] of drag.origins) positions.set(id, { x: p.x + dx, y: p.y + dy });
      return positions;
    };

    const pressNote = (id: string, shift: boolean) => {
      if (shift) selection.set((s) => toggleSelected(s, id));
      else if (!selection.get().ids.has(id)) selection.set((s) => selectOnly(s, id));
    };
    const clickNote = (id: string, shift: boolean) => {
      // a plain click inside a multi-selection narrows it to that note (a drag keeps it whole)
      if (!shift && selection.get().ids.size > 1) selection.set((s) => selectOnly(s, id));
    };
    const editNote = (id: string) => {
      // vote mode: a double-click is two clicks on the note, never its editor
      if (voteModeOn(board)) return;
      if (canEditNote(board, id)) return selection.set((s) => startEditing(s, id));
      selection.set((s) => selectOnly(s, id));
      showRefusal(board, 'edit', id);
    };

    return {
      pressNote,
      clickNote,
      editNote,
      votes,
      onPress: (e) => {
        if (votes.press(idOf(e), e.evt)) return;
        pressNote(idOf(e), shiftOf(e));
        watchRefusedDrag(board, idOf(e), e.evt, e.currentTarget.draggable());
      },
      onClick: (e) => {
        if (!votes.click(idOf(e), e.evt)) clickNote(idOf(e), shiftOf(e));
      },
      onEdit: (e) => editNote(idOf(e)),
      // The Transformer drags the other selected notes along and they fire their own drag
      // events: only the note under the pointer drives the group.
      onDragStart(e) {
        if (drag) return;
        const id = idOf(e);
        if (!selection.get().ids.has(id)) selection.set((s) => selectOnly(s, id));
        const origins = new Map<string, Point>();
        // notes this user may not move stay put (the server would refuse them)
        for (const selected of permittedSelection(board, 'move')) {
          const note = notes.get(selected);
          if (note) origins.set(selected, { x: note.x, y: note.y });
        }
        if (!origins.has(id)) {
          drag = null;
          return;
        }
        const { lifted, home } = liftDragged(e.target, origins);
        const late = new Set(origins.keys());
        for (const { node } of lifted) late.delete(node.id());
        drag = { origins, anchorId: id, lifted, home, late, following: [] };
      },
      onDragMove(e) {
        if (!drag || idOf(e) !== drag.anchorId) return;
        const positions = positionsFor(e.target);
        localDrag.set(positions);
        presence.setDrag(positions);
        followLate(drag, e.target, positions);
      },
      onDragEnd(e) {
        if (!drag || idOf(e) !== drag.anchorId) return;
        const positions = positionsFor(e.target);
        const { origins } = drag;
        putBack(drag);
        drag = null;
        const refused = noteMoveRefusal(board, positions);
        if (refused) {
          // e.g. into a locked zone: the notes go back rather than the server refusing the board's update
          for (const [id, p] of origins) e.target.getStage()?.findOne((n: Konva.Node) => n.id() === id && n.name() === 'note')?.position(p);
          showMoveRefusal(board, refused);
        }
        // the document first, so no frame shows the old positions between the two
        // a note dropped on a cluster joins it, one dragged far out of its own leaves it (`clustersAfterDrop`)
        else dropNotes(board, positions);
        localDrag.set(null);
        presence.setDrag(null);
      },
    };
  }, [board]);
}
