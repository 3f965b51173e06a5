import { boundsOf, fitToContent, freeSpotNear, NOTE_DEFAULT_SIZE, panToShow, screenToBoard, zoomAt, type NoteColor, type Point } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { canCreateNotes, noteRights, permittedIds, type NoteRights } from './noteRights';
import { clearSelection, selectMany, startEditing } from './selection';

/** What the toolbar, the keyboard and the canvas ask for, written once. */

/** The selected ids this user may change in that way (the server refuses the others). */
export function permittedSelection(board: BoardServices, right: keyof NoteRights): string[] {
  return permittedIds(board.selection.get().ids, right, (id) => board.notes.get(id), board.actor, board.policy.get());
}

export function canEditNote(board: BoardServices, id: string): boolean {
  const note = board.notes.get(id);
  return note !== undefined && noteRights(note, board.actor, board.policy.get()).edit;
}

/** A note created by this user opens in the editor right away; null on a locked or read-only board. */
export function createNoteAt(board: BoardServices, center: Point): string | null {
  if (!canCreateNotes(board.actor, board.policy.get())) return null;
  const id = board.actions.createNote(center, board.ui.get().color);
  board.selection.set((s) => startEditing(s, id));
  return id;
}

export function createNoteAtCentre(board: BoardServices): string | null {
  const { width, height } = board.stageSize.get();
  const centre = screenToBoard(board.viewport.get(), { x: width / 2, y: height / 2 });
  const spot = freeSpotNear(board.notes.getSnapshot(), centre, { width: NOTE_DEFAULT_SIZE, height: NOTE_DEFAULT_SIZE });
  // On a phone the free spot may be beside the screen: bring the new note into view.
  const half = NOTE_DEFAULT_SIZE / 2;
  board.viewport.set((v) => panToShow(v, { x: spot.x - half, y: spot.y - half, width: NOTE_DEFAULT_SIZE, height: NOTE_DEFAULT_SIZE }, { width, height }, 24));
  return createNoteAt(board, spot);
}

/** Deletes what this user may delete of the selection; returns how many notes went. */
export function deleteSelection(board: BoardServices): number {
  const ids = permittedSelection(board, 'remove');
  if (ids.length === 0) return 0;
  board.actions.deleteNotes(ids);
  board.selection.set(clearSelection);
  return ids.length;
}

export function selectAll(board: BoardServices): void {
  board.selection.set((s) => selectMany(s, board.notes.getSnapshot().map((n) => n.id)));
}

export function editSelection(board: BoardServices): void {
  const { ids } = board.selection.get();
  const [only] = ids;
  if (ids.size === 1 && only !== undefined && canEditNote(board, only)) board.selection.set((s) => startEditing(s, only));
}

export function nudgeSelection(board: BoardServices, dx: number, dy: number): void {
  const positions = new Map<string, Point>();
  for (const id of permittedSelection(board, 'move')) {
    const note = board.notes.get(id);
    if (note) positions.set(id, { x: note.x + dx, y: note.y + dy });
  }
  if (positions.size > 0) board.actions.moveNotes(positions);
}

/** Picks the colour of new notes and repaints the selection with it. */
export function applyColor(board: BoardServices, color: NoteColor): void {
  board.ui.set((ui) => (ui.color === color ? ui : { ...ui, color }));
  const ids = permittedSelection(board, 'edit');
  if (ids.length > 0) board.actions.setColor(ids, color);
}

export const ZOOM_STEP = 1.25;

/** Zooms around the centre of the screen. */
export function zoomBy(board: BoardServices, factor: number): void {
  const { width, height } = board.stageSize.get();
  board.viewport.set((v) => zoomAt(v, { x: width / 2, y: height / 2 }, factor));
}

export function fitView(board: BoardServices): void {
  const notes = board.notes.getSnapshot();
  board.viewport.set(fitToContent(boundsOf(notes), board.stageSize.get()));
}
