import { useEffect } from 'react';
import {
  createNoteAtCentre,
  deleteSelection,
  editSelection,
  fitView,
  nudgeSelection,
  selectAll,
  zoomBy,
  ZOOM_STEP,
} from '../state/boardCommands';
import type { BoardServices } from '../state/BoardServices';
import { showRefusal, showUndoRefusal } from '../state/refusalMessage';
import { clearSelection } from '../state/selection';
import { keyTargetOf, shortcutFor, type Shortcut } from './keyboardShortcuts';

function run(board: BoardServices, shortcut: Shortcut): boolean {
  switch (shortcut.type) {
    case 'createNote':
      createNoteAtCentre(board);
      return true;
    case 'deleteSelection':
      if (board.selection.get().ids.size === 0) return false;
      if (deleteSelection(board) === 0) showRefusal(board, 'remove');
      return true;
    case 'selectAll':
      selectAll(board);
      return true;
    case 'clearSelection':
      board.selection.set(clearSelection);
      return false;
    case 'editSelection':
      editSelection(board);
      return board.selection.get().editingId !== null;
    case 'nudge':
      if (board.selection.get().ids.size === 0) return false;
      nudgeSelection(board, shortcut.dx, shortcut.dy);
      return true;
    case 'zoomIn':
      zoomBy(board, ZOOM_STEP);
      return true;
    case 'zoomOut':
      zoomBy(board, 1 / ZOOM_STEP);
      return true;
    case 'fit':
      fitView(board);
      return true;
    case 'undo':
    case 'redo': {
      const reason = shortcut.type === 'undo' ? board.undo.undo() : board.undo.redo();
      if (reason) showUndoRefusal(board, shortcut.type, reason);
      return true;
    }
    case 'panKey':
      board.ui.set((ui) => (ui.panKey === shortcut.down ? ui : { ...ui, panKey: shortcut.down }));
      return true;
  }
}

/** Board keys (see `shortcutFor`), except while typing or inside a dialog. */
export function useKeyboardShortcuts(board: BoardServices): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || (e.target instanceof Element && e.target.closest('dialog, [popover]'))) return;
      const shortcut = shortcutFor({
        key: e.key,
        type: e.type === 'keyup' ? 'keyup' : 'keydown',
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        repeat: e.repeat,
        target: keyTargetOf(e.target),
      });
      if (shortcut && run(board, shortcut)) e.preventDefault();
    };
    // Space released in another window would leave the board stuck in pan mode.
    const onBlur = () => board.ui.set((ui) => (ui.panKey ? { ...ui, panKey: false } : ui));
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKey);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKey);
      window.removeEventListener('blur', onBlur);
    };
  }, [board]);
}
