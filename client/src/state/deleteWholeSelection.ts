import { BOARD_MAP_NAMES } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { deleteSelection } from './deleteSelection';
import { showRefusal } from './refusalMessage';
import { sayRefused } from './sayRefused';
import { deleteSelectedEntries } from './selectedEntries';

/**
 * « Supprimer » on a selection of any kinds — a click-selection or a selection rectangle: its
 * zones and headings (facilitators; a zone's notes stay) and its links go at once (undo brings
 * them back), its notes as `deleteSelection` does (someone else's, or several, once confirmed).
 * What this user may not delete stays, one toast says why. Returns how many entries go, now or
 * once confirmed; 0 when nothing is selected or nothing may go.
 */
export function deleteWholeSelection(board: BoardServices): number {
  const { ids, others } = board.selection.get();
  // entries and links first: they leave the selection through its pruning, the notes' deletion may clear it
  let gone = deleteSelectedEntries(board);
  const links = [...others.links].filter((id) => board.links.get(id));
  if (links.length > 0) {
    const reason = board.permits(links.map((key) => ({ map: BOARD_MAP_NAMES.links, key, before: board.links.get(key), after: undefined })));
    if (reason) sayRefused(board, reason);
    else gone += board.actions.deleteLinks(links);
  }
  if (ids.size === 0) return gone;
  const notes = deleteSelection(board);
  if (notes === 0) showRefusal(board, 'remove');
  return gone + notes;
}
