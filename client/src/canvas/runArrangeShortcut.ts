import { alignSelection, bringToFront, tidyIntoGrid } from '../state/arrangeCommands';
import type { BoardServices } from '../state/BoardServices';
import { duplicateSelection } from '../state/clipboardCommands';
import { addLinkedNote, arrangeTree, treeNoteOfSelection } from '../state/problemTreeCommands';
import type { Shortcut } from './keyboardShortcuts';
import { openMenuFromKeyboard } from './openMenuFromKeyboard';

type ArrangeShortcut = Extract<Shortcut, { type: 'duplicate' | 'contextMenu' | 'arrangeTree' | 'addLinked' | 'tidyGrid' | 'align' | 'bringToFront' }>;

/** The keys of the context menu, the problem tree, duplicate and « Disposer »; true when the key was used. */
export function runArrangeShortcut(board: BoardServices, shortcut: Shortcut): boolean {
  const s = shortcut as ArrangeShortcut;
  const { ids } = board.selection.get();
  switch (s.type) {
    case 'contextMenu':
      return openMenuFromKeyboard(board);
    case 'duplicate':
      // Ctrl+D with nothing selected stays the browser's (a bookmark)
      if (ids.size === 0) return false;
      duplicateSelection(board);
      return true;
    case 'arrangeTree': {
      const id = treeNoteOfSelection(board);
      return id !== null && arrangeTree(board, id);
    }
    case 'addLinked': {
      const [only] = ids;
      if (ids.size !== 1 || only === undefined) return false;
      addLinkedNote(board, only, s.kind);
      return true;
    }
    case 'tidyGrid':
      if (ids.size < 2) return false;
      tidyIntoGrid(board);
      return true;
    case 'align':
      if (ids.size < 2) return false;
      alignSelection(board, s.edge);
      return true;
    case 'bringToFront':
      if (ids.size === 0) return false;
      bringToFront(board);
      return true;
    default:
      return false;
  }
}
