import type { Note } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { noteRights } from './noteRights';
import { clearSelection, selectMany } from './selection';

/** Board stores the deletion commands use; the pending deletion is what the confirmation dialog shows. */
type DeletingBoard = Pick<BoardServices, 'selection' | 'notes' | 'actor' | 'policy' | 'actions' | 'pendingDelete'> & Partial<Pick<BoardServices, 'reader'>>;

/** Whether deleting these notes asks first: someone else's note, or several at once (there is no undo yet). */
export function deleteNeedsConfirmation(notes: readonly Pick<Note, 'authorId'>[], me: string): boolean {
  return notes.length > 1 || notes.some((n) => n.authorId !== me);
}

/** The ids among `ids` that still exist and that this user may delete now. */
function removable(board: DeletingBoard, ids: Iterable<string>): string[] {
  const policy = board.policy.get();
  return [...ids].filter((id) => {
    const note = board.notes.get(id);
    return note !== undefined && noteRights(note, board.actor, policy, board.reader).remove;
  });
}

/**
 * Deletes what this user may delete of the selection (the keyboard, the toolbar, the notes
 * list): one note of their own at once; someone else's, or several, once confirmed in the
 * dialog (`board.pendingDelete`). Returns how many notes go, now or once confirmed; 0 when
 * none of the selection may be deleted.
 */
export function deleteSelection(board: DeletingBoard): number {
  const ids = removable(board, board.selection.get().ids);
  if (ids.length === 0) return 0;
  const notes = ids.map((id) => board.notes.get(id)!);
  if (deleteNeedsConfirmation(notes, board.actor.participantId)) {
    board.pendingDelete.set(ids);
    return ids.length;
  }
  board.actions.deleteNotes(ids);
  board.selection.set(clearSelection);
  return ids.length;
}

/** The dialog's « Supprimer »: the notes asked for that still exist and may still be deleted. */
export function confirmDelete(board: DeletingBoard): number {
  const asked = board.pendingDelete.get();
  board.pendingDelete.set(null);
  if (!asked) return 0;
  const ids = removable(board, asked);
  if (ids.length === 0) return 0;
  board.actions.deleteNotes(ids);
  // the selection may have moved meanwhile (the notes list selects the next note): only the deleted leave it
  const gone = new Set(ids);
  board.selection.set((s) => (s.ids.size === 0 ? s : selectMany(s, [...s.ids].filter((id) => !gone.has(id)))));
  return ids.length;
}

export function cancelDelete(board: Pick<BoardServices, 'pendingDelete'>): void {
  board.pendingDelete.set(null);
}
