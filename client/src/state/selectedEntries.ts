import type { NoteColor } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { mayEditZones, selectedZones } from './frameCommands';
import { selectedLabels } from './labelCommands';
import { commitSelectionMove, planSelectionMove } from './selectionMove';

/** What the toolbar and the keyboard do to the selected zones and headings (facilitators); notes have their own commands. */

export function hasSelectedEntries(board: BoardServices): boolean {
  const { frames, labels } = board.selection.get().others;
  return frames.size + labels.size > 0;
}

/** Deletes the selected zones (their notes stay) and headings; returns how many went. */
export function deleteSelectedEntries(board: BoardServices): number {
  if (!mayEditZones(board)) return 0;
  const zones = selectedZones(board).map((z) => z.id);
  const labels = selectedLabels(board).map((l) => l.id);
  // they leave the selection through its pruning, like entries someone else deletes
  return (zones.length > 0 ? board.actions.deleteFrames(zones) : 0) + (labels.length > 0 ? board.actions.deleteLabels(labels) : 0);
}

/** Moves the selected zones (with their notes), headings and the selected notes this user may move, as a drag of the selection does. */
export function nudgeSelectedEntries(board: BoardServices, dx: number, dy: number): void {
  if (!mayEditZones(board)) return;
  commitSelectionMove(board, planSelectionMove(board), dx, dy);
}

/** Repaints the selected zones and headings. */
export function recolourSelectedEntries(board: BoardServices, color: NoteColor): void {
  if (!hasSelectedEntries(board) || !mayEditZones(board)) return;
  board.actions.updateFrames(new Map(selectedZones(board).map((z) => [z.id, { color }])));
  board.actions.updateLabels(new Map(selectedLabels(board).map((l) => [l.id, { color }])));
}
