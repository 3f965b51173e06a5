import type { Point } from '@essaim/shared';
import type Konva from 'konva';
import { useMemo } from 'react';
import type { BoardServices } from '../state/BoardServices';
import { clusterTitleEditing } from '../state/clusterEditing';
import { clusterMembers, selectCluster, toggleCluster } from '../state/clusterCommands';
import { showMoveRefusal, noteMoveRefusal } from '../state/moveRefusal';
import { noteRights } from '../state/noteRights';
import { sayRefused } from '../state/sayRefused';
import { selectMany } from '../state/selection';

export interface ClusterHandlers {
  press(id: string, shift: boolean): void;
  rename(id: string): void;
  toggle(id: string): void;
  dragStart(id: string, node: Konva.Node): void;
  dragMove(node: Konva.Node): void;
  dragEnd(node: Konva.Node): void;
}

interface TitleDrag {
  start: Point;
  origins: Map<string, Point>;
  /** the notes' nodes found so far, moved by hand (the title, not the notes, is what Konva drags) */
  nodes: Map<string, Konva.Node>;
}

const REFUSED = 'may only regroup notes they may move';

/**
 * A cluster's title: a click selects its notes, a double-click renames it, its toggle folds it,
 * and dragging it moves the notes this user may move — live (here, and to the others through
 * awareness), written once on drop, like a drag of the notes themselves.
 */
export function useClusterHandlers(board: BoardServices): ClusterHandlers {
  return useMemo(() => {
    let drag: TitleDrag | null = null;

    const positionsFor = (node: Konva.Node): Map<string, Point> => {
      const positions = new Map<string, Point>();
      if (!drag) return positions;
      const dx = node.x() - drag.start.x;
      const dy = node.y() - drag.start.y;
      for (const [id, p] of drag.origins) positions.set(id, { x: p.x + dx, y: p.y + dy });
      return positions;
    };

    const placeNotes = (node: Konva.Node, positions: ReadonlyMap<string, Point>) => {
      if (!drag) return;
      const stage = node.getStage();
      const missing = [...positions.keys()].filter((id) => !drag!.nodes.has(id));
      // notes far away get a node once the drag starts (NotesLayer draws dragged notes whole)
      if (stage && missing.length > 0) {
        const wanted = new Set(missing);
        for (const found of stage.find((n: Konva.Node) => n.name() === 'note' && wanted.has(n.id()))) drag.nodes.set(found.id(), found);
      }
      for (const [id, noteNode] of drag.nodes) {
        const p = positions.get(id);
        if (p && noteNode.getParent()) noteNode.position(p);
      }
    };

    return {
      press: (id, shift) => selectCluster(board, id, shift),
      rename: (id) => clusterTitleEditing(board).set(id),
      toggle: (id) => toggleCluster(board, id),
      dragStart(id, node) {
        const members = clusterMembers(board, id);
        const policy = board.policy.get();
        const movable = members.filter((n) => noteRights(n, board.actor, policy).move);
        if (movable.length === 0) {
          node.stopDrag();
          drag = null;
          sayRefused(board, REFUSED);
          return;
        }
        if (movable.length < members.length) sayRefused(board, REFUSED);
        board.selection.set((s) => selectMany(s, movable.map((n) => n.id)));
        drag = { start: node.position(), origins: new Map(movable.map((n) => [n.id, { x: n.x, y: n.y }])), nodes: new Map() };
      },
      dragMove(node) {
        if (!drag) return;
        const positions = positionsFor(node);
        board.localDrag.set(positions);
        board.presence.setDrag(positions);
        placeNotes(node, positions);
      },
      dragEnd(node) {
        if (!drag) return;
        const positions = positionsFor(node);
        const { origins } = drag;
        const refused = noteMoveRefusal(board, positions);
        if (refused) {
          // e.g. into a locked zone: the notes go back where they were
          placeNotes(node, origins);
          showMoveRefusal(board, refused);
        }
        drag = null;
        // the document first, so no frame shows the old positions between the two
        if (!refused) board.actions.moveNotes(positions);
        board.localDrag.set(null);
        board.presence.setDrag(null);
      },
    };
  }, [board]);
}
