import { membersByGroup, type Group, type Note, type Point, type Rect } from '@essaim/shared';
import { useMemo } from 'react';
import { useBoard } from '../state/BoardContext';
import { clusterCard, clusterOutline } from '../state/clusterGeometry';
import { useEntries } from '../state/useEntries';
import { useNotes } from '../state/useNotes';
import { useRemoteDrags } from '../state/usePresence';
import { useStore } from '../state/useStore';

/** One cluster as drawn: its outline (or folded card) around its notes where they are now. */
export interface ClusterShape {
  group: Group;
  memberIds: readonly string[];
  outline: Rect;
  /** folded: the card drawn instead of its notes */
  card: Rect | null;
}

export interface LiveBoxes {
  /** where each note is drawn now: its stored box, or where someone drags it */
  boxOf(note: Note): Rect;
  clusters: readonly ClusterShape[];
  /** notes hidden in a folded cluster → that cluster's card */
  foldedInto: ReadonlyMap<string, Rect>;
}

/**
 * Live geometry of the notes, for what is drawn attached to them (links, clusters): positions of
 * drags here and elsewhere over the stored ones. A cluster's outline moves only when all its notes
 * do (a title drag), so a note dragged out is seen leaving it.
 */
export function useLiveBoxes(): LiveBoxes {
  const board = useBoard();
  const notes = useNotes();
  const groups = useEntries(board.groups);
  const localDrag = useStore(board.localDrag);
  const remoteDrags = useRemoteDrags();
  return useMemo(() => {
    const at = (note: Note): Point => localDrag?.get(note.id) ?? remoteDrags.get(note.id) ?? note;
    const boxOf = (note: Note): Rect => {
      const p = at(note);
      return { x: p.x, y: p.y, width: note.width, height: note.height };
    };
    const members = membersByGroup(notes);
    const clusters: ClusterShape[] = [];
    const foldedInto = new Map<string, Rect>();
    for (const group of groups) {
      const list = members.get(group.id);
      if (!list) continue;
      const moving = list.every((n) => localDrag?.has(n.id) || remoteDrags.has(n.id));
      const outline = clusterOutline(list.map((n) => (moving ? boxOf(n) : n)))!;
      const card = group.collapsed ? clusterCard(outline) : null;
      if (card) for (const n of list) foldedInto.set(n.id, card);
      clusters.push({ group, memberIds: list.map((n) => n.id), outline, card });
    }
    return { boxOf, clusters, foldedInto };
  }, [notes, groups, localDrag, remoteDrags]);
}
