import type { BoardServices } from './BoardServices';
import { clusterRefusal } from './clusterCommands';

/**
 * A note hidden in a folded cluster, opened from the notes list: its cluster unfolds, as its
 * toggle on the canvas would, when this user may unfold it (else it stays folded, without a word:
 * the note opens all the same). True when the note is drawn on the canvas now.
 */
export function unfoldNoteCluster(board: BoardServices, id: string): boolean {
  const note = board.notes.get(id);
  const group = note?.groupId ? board.groups.get(note.groupId) : undefined;
  if (!group?.collapsed) return true;
  const { collapsed: _folded, ...unfolded } = group;
  if (clusterRefusal(board, group.id, unfolded) !== null) return false;
  board.actions.setGroupCollapsed(group.id, false);
  return true;
}
