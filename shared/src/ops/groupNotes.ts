import type * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { GROUP_TITLE_MAX, groupType, type Group } from '../schema/Group.js';
import { noteType } from '../schema/Note.js';
import { patchEntries } from './patchEntries.js';

/**
 * « Regrouper »: a new titled cluster holding these notes, in one change. Membership is each
 * note's own `groupId`, so two people adding different notes at once both stay in the cluster.
 */
export function groupNotes(doc: Y.Doc, input: { id: string; title: string; noteIds: Iterable<string> }, now: number): Group {
  const group: Group = { id: input.id, title: input.title.trim().slice(0, GROUP_TITLE_MAX) };
  doc.transact(() => {
    boardMaps(doc).groups.set(group.id, group);
    setNotesGroup(doc, input.noteIds, group.id, now);
  });
  return group;
}

/** Puts notes into a cluster (or out of any, with null), in one change; returns how many changed. */
export function setNotesGroup(doc: Y.Doc, noteIds: Iterable<string>, groupId: string | null, now: number): number {
  const { notes } = boardMaps(doc);
  let changed = 0;
  doc.transact(() => {
    const patches = new Map([...noteIds].map((id) => [id, groupId] as const));
    changed = patchEntries(notes, noteType, patches, (note, g) => {
      const next = { ...note, updatedAt: now };
      if (g === null) delete next.groupId;
      else next.groupId = g;
      return next;
    });
  });
  return changed;
}

/** Renames a cluster, or folds it to its title and back. */
export function updateGroup(doc: Y.Doc, id: string, patch: Partial<Pick<Group, 'title' | 'collapsed'>>): boolean {
  let changed = 0;
  doc.transact(() => {
    changed = patchEntries(boardMaps(doc).groups, groupType, new Map([[id, patch]]), (group, p) => {
      const next: Group = { ...group };
      if (p.title !== undefined) next.title = p.title.trim().slice(0, GROUP_TITLE_MAX);
      if (p.collapsed === true) next.collapsed = true;
      else if (p.collapsed === false) delete next.collapsed;
      return next;
    });
  });
  return changed === 1;
}

/** The notes whose `groupId` names this cluster. */
export function groupMembers(doc: Y.Doc, groupId: string): string[] {
  const ids: string[] = [];
  for (const [id, value] of boardMaps(doc).notes.entries()) {
    if (noteType.parse(value)?.groupId === groupId) ids.push(id);
  }
  return ids;
}

/** « Dissoudre »: the cluster goes, its notes stay where they are, in no cluster; one change. */
export function dissolveGroup(doc: Y.Doc, id: string, now: number): number {
  let released = 0;
  doc.transact(() => {
    released = setNotesGroup(doc, groupMembers(doc, id), null, now);
    boardMaps(doc).groups.delete(id);
  });
  return released;
}
