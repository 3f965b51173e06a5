import { screenToBoard, type Point } from '@essaim/shared';
import { bringToFront } from './arrangeCommands';
import { endFocus, focusSelection } from './attentionCommands';
import { createNoteAt, deleteSelection, selectAll } from './boardCommands';
import type { BoardServices } from './BoardServices';
import { copySelection, duplicateSelection, pasteText } from './clipboardCommands';
import type { ContextMenuState } from './contextMenu';
import type { MenuItemId } from './contextMenuItems';
import { toggleZonesLock } from './frameCommands';
import { deleteSelectedLinks, reverseLink, setLinkKind } from './linkCommands';
import { addLinkedNote, arrangeTree } from './problemTreeCommands';
import { showRefusal } from './refusalMessage';
import { clearSelection, startEditing } from './selection';
import { readSystemClipboard, writeSystemClipboard } from './systemClipboard';

/** What a menu item does to its target; the menu is closed first (an item may open the editor). */
export async function runMenuItem(board: BoardServices, menu: ContextMenuState, item: MenuItemId): Promise<void> {
  const { target } = menu;
  const id = target.kind === 'board' ? '' : target.id;
  switch (item) {
    case 'edit':
      return board.selection.set((s) => startEditing(s, id));
    case 'duplicate':
      duplicateSelection(board);
      return;
    case 'copy': {
      const text = copySelection(board);
      if (text !== null) await writeSystemClipboard(text);
      return;
    }
    case 'front':
      bringToFront(board);
      return;
    case 'addCause':
    case 'addConsequence':
      addLinkedNote(board, id, item === 'addCause' ? 'cause' : 'consequence');
      return;
    case 'arrangeTree':
      arrangeTree(board, id);
      return;
    case 'delete':
      if (deleteSelection(board) === 0) showRefusal(board, 'remove');
      return;
    case 'newNote':
      createNoteAt(board, menu.boardPoint ?? viewCentre(board));
      return;
    case 'paste':
      pasteText(board, await readSystemClipboard(), menu.boardPoint);
      return;
    case 'selectAll':
      return selectAll(board);
    case 'linkCause':
    case 'linkConsequence':
    case 'linkPlain':
      return setLinkKind(board, id, item === 'linkCause' ? 'cause' : item === 'linkConsequence' ? 'consequence' : 'plain');
    case 'reverseLink':
      return reverseLink(board, id);
    case 'deleteLink':
      deleteSelectedLinks(board);
      return;
    case 'renameZone':
      return board.textEditing.set({ kind: 'frames', id });
    case 'lockZone':
    case 'unlockZone':
      return toggleZonesLock(board);
    case 'deleteZone':
      board.actions.deleteFrames([id]);
      return board.selection.set(clearSelection);
    case 'editLabel':
      return board.textEditing.set({ kind: 'labels', id });
    case 'deleteLabel':
      board.actions.deleteLabels([id]);
      return board.selection.set(clearSelection);
    case 'focus':
      await focusSelection(board);
      return;
    case 'endFocus':
      await endFocus(board);
      return;
    case 'color':
      return; // the menu shows the colours instead
  }
}

function viewCentre(board: BoardServices): Point {
  const { width, height } = board.stageSize.get();
  return screenToBoard(board.viewport.get(), { x: width / 2, y: height / 2 });
}
