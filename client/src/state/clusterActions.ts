import { dissolveGroup, groupNotes, setNotesGroup, updateGroup, updateNotes, type Point } from '@essaim/shared';
import { nanoid } from 'nanoid';
import type * as Y from 'yjs';

/** The writes of clusters; part of `BoardActions`, each one transaction. */
export interface ClusterActions {
  /** « Regrouper »: a new cluster of these notes; clusters they leave empty go in the same change. Returns its id. */
  groupNotes(noteIds: readonly string[], title: string, emptied: readonly string[]): string;
  renameGroup(id: string, title: string): void;
  setGroupCollapsed(id: string, collapsed: boolean): void;
  /** « Dissoudre »: the clusters go, their notes stay where they are. */
  dissolveGroups(ids: Iterable<string>): void;
  /**
   * A drop: the notes' new positions, the clusters they join or leave (null: none) and the
   * clusters that this leaves empty, in one change.
   */
  dropNotes(positions: ReadonlyMap<string, Point>, regroup: ReadonlyMap<string, string | null>, emptied: readonly string[]): void;
}

export function createClusterActions(doc: Y.Doc): ClusterActions {
  const dissolveAll = (ids: Iterable<string>) => {
    for (const id of ids) dissolveGroup(doc, id, Date.now());
  };
  return {
    groupNotes(noteIds, title, emptied) {
      const id = nanoid();
      doc.transact(() => {
        groupNotes(doc, { id, title, noteIds }, Date.now());
        dissolveAll(emptied);
      });
      return id;
    },
    renameGroup(id, title) {
      updateGroup(doc, id, { title });
    },
    setGroupCollapsed(id, collapsed) {
      updateGroup(doc, id, { collapsed });
    },
    dissolveGroups(ids) {
      doc.transact(() => dissolveAll(ids));
    },
    dropNotes(positions, regroup, emptied) {
      const now = Date.now();
      doc.transact(() => {
        if (positions.size > 0) updateNotes(doc, new Map([...positions].map(([id, p]) => [id, { x: p.x, y: p.y }])), now);
        const byCluster = new Map<string | null, string[]>();
        for (const [noteId, groupId] of regroup) byCluster.set(groupId, [...(byCluster.get(groupId) ?? []), noteId]);
        for (const [groupId, noteIds] of byCluster) setNotesGroup(doc, noteIds, groupId, now);
        dissolveAll(emptied);
      });
    },
  };
}
