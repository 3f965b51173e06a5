import { BOARD_MAP_NAMES } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { deleteNeedsConfirmation, deletePlanned, removableNotes, type PendingDelete } from './deleteSelection';
import { mayEditZones, selectedZones } from './frameCommands';
import { selectedLabels } from './labelCommands';
import { showRefusal } from './refusalMessage';
import { sayRefused } from './sayRefused';
import { clearSelection } from './selection';

/**
 * « Supprimer » on a selection of any kinds — a click-selection or a selection rectangle: its
 * zones and headings (facilitators; a zone's notes stay), its links and its notes, as one change
 * and one undo step. When the notes need asking first (someone else's, or several), the dialog
 * asks about the whole of it: « Annuler » leaves everything. What this user may not delete
 * stays, one toast says why. Returns how many entries go, now or once confirmed; 0 when
 * nothing is selected or nothing may go.
 */
export function deleteWholeSelection(board: BoardServices): number {
  const { ids, others } = board.selection.get();
  const zonesToo = mayEditZones(board);
  let links = [...others.links].filter((id) => board.links.get(id));
  if (links.length > 0) {
    const reason = board.permits(links.map((key) => ({ map: BOARD_MAP_NAMES.links, key, before: board.links.get(key), after: undefined })));
    if (reason) {
      sayRefused(board, reason);
      links = [];
    }
  }
  const planned: PendingDelete = {
    notes: removableNotes(board, ids),
    frames: zonesToo ? selectedZones(board).map((z) => z.id) : [],
    labels: zonesToo ? selectedLabels(board).map((l) => l.id) : [],
    links,
  };
  if (ids.size > 0 && planned.notes.length === 0) showRefusal(board, 'remove');
  const count = planned.notes.length + planned.frames.length + planned.labels.length + planned.links.length;
  if (count === 0) return 0;
  const notes = planned.notes.map((id) => board.notes.get(id)!);
  if (deleteNeedsConfirmation(notes, board.actor.participantId)) {
    board.pendingDelete.set(planned);
    return count;
  }
  deletePlanned(board, planned);
  board.selection.set(clearSelection);
  return count;
}
