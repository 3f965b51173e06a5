import { useEffect } from 'react';
import {
  createNoteAtCentre,
  editSelection,
  fitView,
  nudgeSelection,
  selectAll,
  zoomBy,
  ZOOM_STEP,
} from '../state/boardCommands';
import type { BoardServices } from '../state/BoardServices';
import { showUndoRefusal } from '../state/refusalMessage';
import { clearSelection, selectionSize } from '../state/selection';
import { deleteWholeSelection } from '../state/deleteWholeSelection';
import { dissolveSelection, groupSelection } from '../state/clusterCommands';
import { linkSelection } from '../state/linkCommands';
import { translate } from '../i18n/i18n';
import { createZoneInView, mayEditZones } from '../state/frameCommands';
import { createLabelInView } from '../state/labelCommands';
import { hasSelectedEntries, nudgeSelectedEntries } from '../state/selectedEntries';
import { HELP_POPOVER_ID } from '../panels/HelpPopover';
import { keyTargetOf, shortcutFor, type Shortcut } from './keyboardShortcuts';
import { runArrangeShortcut } from './runArrangeShortcut';
import { voteOnSelection } from '../state/voting/voteCommands';

function run(board: BoardServices, shortcut: Shortcut): boolean {
  switch (shortcut.type) {
    case 'createNote':
      createNoteAtCentre(board);
      return true;
    case 'deleteSelection':
      // every kind selected: zones, headings and links at once, notes once confirmed (`deleteWholeSelection`)
      if (selectionSize(board.selection.get()) === 0) return false;
      deleteWholeSelection(board);
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
      // zones move with their notes: with zones or headings selected, the arrows move those
      if (hasSelectedEntries(board) && mayEditZones(board)) {
        nudgeSelectedEntries(board, shortcut.dx, shortcut.dy);
        return true;
      }
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
    case 'link':
      return linkSelection(board) !== null || board.selection.get().ids.size === 2;
    case 'group':
      return groupSelection(board) !== null || board.selection.get().ids.size >= 2;
    case 'ungroup':
      return dissolveSelection(board) > 0 || board.selection.get().ids.size > 0;
    case 'help':
      // the « ? » button's popover (`HelpPopover`)
      document.getElementById(HELP_POPOVER_ID)?.togglePopover();
      return true;
    case 'find':
      // the canvas search field takes the focus (`CanvasSearch`), instead of the browser's find
      board.search.set((s) => ({ ...s, focusRequest: s.focusRequest + 1 }));
      return true;
    case 'createZone':
      return createZoneInView(board, translate('zones.defaultTitle')) !== null;
    case 'createHeading':
      return createLabelInView(board, translate('labels.defaultText')) !== null;
    case 'addDot':
    case 'removeDot':
      return voteOnSelection(board, shortcut.type === 'addDot' ? 'add' : 'remove');
    default:
      return runArrangeShortcut(board, shortcut);
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
        code: e.code,
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
