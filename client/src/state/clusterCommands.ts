import { BOARD_MAP_NAMES, type EntryChange, type Group, type Note, type Point } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { clusterTitleEditing } from './clusterEditing';
import { clustersAfterDrop, emptiedClusters } from './clusterDrop';
import { permittedSelection } from './boardCommands';
import { sayRefused } from './sayRefused';
import { selectMany } from './selection';

/** What the toolbar, the keyboard, the canvas and the cluster panel ask of clusters. */

const noteChange = (note: Note, groupId: string | null): EntryChange => {
  const { groupId: _old, ...rest } = note;
  return { map: BOARD_MAP_NAMES.notes, key: note.id, before: note, after: groupId ? { ...rest, groupId } : rest };
};
const groupChange = (key: string, before: Group | undefined, after: Group | undefined): EntryChange => ({ map: BOARD_MAP_NAMES.groups, key, before, after });

export function clusterMembers(board: Pick<BoardServices, 'notes'>, groupId: string): Note[] {
  return board.notes.getSnapshot().filter((n) => n.groupId === groupId);
}

/** The changes that put notes into clusters (or out, with null), with the clusters this empties deleted. */
function regroupChanges(board: BoardServices, regroup: ReadonlyMap<string, string | null>): { changes: EntryChange[]; emptied: string[] } {
  const notes = board.notes.getSnapshot();
  const changes: EntryChange[] = [];
  for (const [id, groupId] of regroup) {
    const note = board.notes.get(id);
    if (note) changes.push(noteChange(note, groupId));
  }
  const emptied = emptiedClusters(notes, regroup).filter((id) => board.groups.get(id));
  for (const id of emptied) changes.push(groupChange(id, board.groups.get(id), undefined));
  return { changes, emptied };
}

/**
 * « Regrouper »: the selected notes this user may move become a new cluster, whose title is
 * typed at once (`clusterTitleEditing`). Returns the cluster's id, or null.
 */
export function groupSelection(board: BoardServices): string | null {
  const { ids } = board.selection.get();
  if (ids.size < 2) return null;
  const movable = permittedSelection(board, 'move');
  const probeId = 'new-cluster';
  const { changes, emptied } = regroupChanges(board, new Map(movable.map((id) => [id, probeId])));
  const reason = movable.length === 0 ? board.permits([...[...ids].flatMap((id) => (board.notes.get(id) ? [noteChange(board.notes.get(id)!, probeId)] : []))]) : board.permits([groupChange(probeId, undefined, { id: probeId, title: '' }), ...changes]);
  if (movable.length === 0 || reason) {
    sayRefused(board, reason ?? 'may only regroup notes they may move');
    return null;
  }
  // some of the selection is someone else's: those stay out, and the user is told why
  if (movable.length < ids.size) sayRefused(board, 'may only regroup notes they may move');
  const id = board.actions.groupNotes(movable, '', emptied);
  board.selection.set((s) => selectMany(s, movable));
  clusterTitleEditing(board).set(id);
  return id;
}

/** The clusters of the selected notes. */
export function selectedClusters(board: Pick<BoardServices, 'selection' | 'notes' | 'groups'>): string[] {
  const found = new Set<string>();
  for (const id of board.selection.get().ids) {
    const groupId = board.notes.get(id)?.groupId;
    if (groupId && board.groups.get(groupId)) found.add(groupId);
  }
  return [...found];
}

/** Why dissolving or changing this cluster would be refused (it regroups all its notes), or null. */
export function clusterRefusal(board: BoardServices, id: string, after: Group | undefined): string | null {
  const group = board.groups.get(id);
  if (!group) return 'no such cluster';
  const members = after ? [] : clusterMembers(board, id).map((n) => noteChange(n, null));
  return board.permits([groupChange(id, group, after), ...members]);
}

/** « Dissoudre »: the clusters of the selected notes go (those this user may dissolve); how many. */
export function dissolveSelection(board: BoardServices): number {
  const ids = selectedClusters(board);
  const allowed = ids.filter((id) => clusterRefusal(board, id, undefined) === null);
  if (allowed.length < ids.length) sayRefused(board, clusterRefusal(board, ids.find((id) => !allowed.includes(id))!, undefined)!);
  if (allowed.length > 0) board.actions.dissolveGroups(allowed);
  return allowed.length;
}

export function renameCluster(board: BoardServices, id: string, title: string): void {
  const group = board.groups.get(id);
  if (!group || group.title === title.trim()) return;
  const reason = clusterRefusal(board, id, { ...group, title: title.trim() });
  if (reason) return sayRefused(board, reason);
  board.actions.renameGroup(id, title);
}

/** Folds a cluster to its title card, or unfolds it. */
export function toggleCluster(board: BoardServices, id: string): void {
  const group = board.groups.get(id);
  if (!group) return;
  const { collapsed: _old, ...rest } = group;
  const reason = clusterRefusal(board, id, group.collapsed ? rest : { ...rest, collapsed: true });
  if (reason) return sayRefused(board, reason);
  board.actions.setGroupCollapsed(id, !group.collapsed);
}

/** A click on a cluster's title: all its notes are selected (with shift, added). */
export function selectCluster(board: BoardServices, id: string, add: boolean): void {
  const members = clusterMembers(board, id).map((n) => n.id);
  board.selection.set((s) => selectMany(s, add ? [...s.ids, ...members] : members));
}

/** The cluster whose notes are exactly the selection, if any: what the cluster panel is about. */
export function clusterOfSelection(notes: readonly Note[], ids: ReadonlySet<string>): string | null {
  if (ids.size === 0) return null;
  let groupId: string | null | undefined;
  let count = 0;
  for (const note of notes) {
    if (!note.groupId) continue;
    if (ids.has(note.id)) {
      if (groupId !== undefined && groupId !== note.groupId) return null;
      groupId = note.groupId;
    }
  }
  if (!groupId) return null;
  for (const note of notes) if (note.groupId === groupId) count += ids.has(note.id) ? 1 : Infinity;
  return count === ids.size ? groupId : null;
}

/**
 * A drop of dragged notes (`useNoteHandlers`): their new positions, and the clusters they join or
 * leave by where they land (`clustersAfterDrop`), in one change. When the rules refuse the
 * regrouping, the notes still move and the user is told why.
 */
export function dropNotes(board: BoardServices, positions: ReadonlyMap<string, Point>): void {
  const notes = board.notes.getSnapshot();
  const dropped = [...positions].flatMap(([id, p]) => {
    const note = board.notes.get(id);
    return note ? [{ ...note, x: p.x, y: p.y }] : [];
  });
  const clusters = new Map(board.groups.getSnapshot().map((g) => [g.id, { collapsed: g.collapsed === true }]));
  const regroup = clustersAfterDrop({ dropped, stored: notes, clusters });
  if (regroup.size === 0) return board.actions.moveNotes(positions);
  const { changes, emptied } = regroupChanges(board, regroup);
  const reason = board.permits(changes);
  if (reason) {
    board.actions.moveNotes(positions);
    return sayRefused(board, reason);
  }
  board.actions.dropNotes(positions, regroup, emptied);
}
