import { BOARD_MAP_NAMES, type Note } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { noteRights } from './noteRights';
import { clearSelection, selectMany } from './selection';

/** Board stores the deletion commands use; the pending deletion is what the confirmation dialog shows. */
type DeletingBoard = Pick<BoardServices, 'selection' | 'notes' | 'actor' | 'policy' | 'actions' | 'pendingDelete'> &
  Partial<Pick<BoardServices, 'reader' | 'frames' | 'labels' | 'links' | 'permits' | 'undo'>>;

/**
 * What the confirmation dialog asks about: notes, and the zones, headings and links selected
 * with them (`deleteWholeSelection`), which go with the notes once confirmed, or not at all.
 */
export interface PendingDelete {
  notes: readonly string[];
  frames: readonly string[];
  labels: readonly string[];
  links: readonly string[];
}

/** A deletion of notes alone. */
export const notesOnly = (notes: readonly string[]): PendingDelete => ({ notes, frames: [], labels: [], links: [] });

/** Whether deleting these notes asks first: someone else's note, or several at once. */
export function deleteNeedsConfirmation(notes: readonly Pick<Note, 'authorId'>[], me: string): boolean {
  return notes.length > 1 || notes.some((n) => n.authorId !== me);
}

/** The ids among `ids` that still exist and that this user may delete now. */
export function removableNotes(board: DeletingBoard, ids: Iterable<string>): string[] {
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
  const ids = removableNotes(board, board.selection.get().ids);
  if (ids.length === 0) return 0;
  const notes = ids.map((id) => board.notes.get(id)!);
  if (deleteNeedsConfirmation(notes, board.actor.participantId)) {
    board.pendingDelete.set(notesOnly(ids));
    return ids.length;
  }
  board.actions.deleteNotes(ids);
  board.selection.set(clearSelection);
  return ids.length;
}

/**
 * Deletes, as one change and one undo step, the notes of `planned` that still exist and may
 * still be deleted, and its zones, headings and links that are still there. Returns how many went.
 */
export function deletePlanned(board: DeletingBoard, planned: PendingDelete): number {
  const notes = removableNotes(board, planned.notes);
  const frames = planned.frames.filter((id) => board.frames?.get(id));
  const labels = planned.labels.filter((id) => board.labels?.get(id));
  const present = planned.links.filter((id) => board.links?.get(id));
  // links still allowed to go, as when they were selected (the rights table judges a link by its notes)
  const refused = present.length > 0 && board.permits?.(present.map((key) => ({ map: BOARD_MAP_NAMES.links, key, before: board.links?.get(key), after: undefined })));
  const links = refused ? [] : present;
  let gone = 0;
  board.undo?.stopCapturing();
  board.actions.transact(() => {
    if (frames.length > 0) gone += board.actions.deleteFrames(frames);
    if (labels.length > 0) gone += board.actions.deleteLabels(labels);
    if (links.length > 0) gone += board.actions.deleteLinks(links);
    if (notes.length > 0) gone += board.actions.deleteNotes(notes);
  });
  board.undo?.stopCapturing();
  // the selection may have moved meanwhile (the notes list selects the next note): only the deleted leave it
  const removed = new Set(notes);
  board.selection.set((s) => (s.ids.size === 0 ? s : selectMany(s, [...s.ids].filter((id) => !removed.has(id)))));
  return gone;
}

/** The dialog's « Supprimer »: what was asked for that still exists and may still be deleted, in one change. */
export function confirmDelete(board: DeletingBoard): number {
  const asked = board.pendingDelete.get();
  board.pendingDelete.set(null);
  if (!asked) return 0;
  return deletePlanned(board, asked);
}

export function cancelDelete(board: Pick<BoardServices, 'pendingDelete'>): void {
  board.pendingDelete.set(null);
}
