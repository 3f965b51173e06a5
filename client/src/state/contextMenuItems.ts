import { BOARD_MAP_NAMES, type LinkKind } from '@essaim/shared';
import { focusTarget, isFocused, mayDirectAttention } from './attentionCommands';
import { boardAttention } from './boardAttention';
import type { BoardServices } from './BoardServices';
import { canEditNote, permittedSelection } from './boardCommands';
import { hasCopiedNotes } from './clipboardCommands';
import type { MenuTarget } from './contextMenu';
import { mayEditZones } from './frameCommands';
import { canCreateNotes } from './noteRights';
import { addLinkedRefusal, canArrangeTree } from './problemTreeCommands';

export type MenuItemId =
  | 'edit'
  | 'color'
  | 'duplicate'
  | 'copy'
  | 'front'
  | 'addCause'
  | 'addConsequence'
  | 'arrangeTree'
  | 'delete'
  | 'newNote'
  | 'paste'
  | 'selectAll'
  | 'linkCause'
  | 'linkConsequence'
  | 'linkPlain'
  | 'reverseLink'
  | 'deleteLink'
  | 'renameZone'
  | 'lockZone'
  | 'unlockZone'
  | 'deleteZone'
  | 'editLabel'
  | 'deleteLabel'
  | 'focus'
  | 'endFocus';

export interface MenuItem {
  id: MenuItemId;
  /** opens the colours instead of acting */
  submenu?: boolean;
  danger?: boolean;
  /** the row of the shortcuts help whose keys do the same (`SHORTCUT_HELP`) */
  shortcut?: string;
  /** its label's translation key, when not `contextMenu.items.<id>` */
  label?: string;
}

/** The menu of a target: only what this user may do there now (asked of the rights table, as the server will). */
export function menuItems(board: BoardServices, target: MenuTarget): MenuItem[] {
  switch (target.kind) {
    case 'note':
      return noteItems(board, target.id);
    case 'board':
      return boardItems(board);
    case 'link':
      return linkItems(board, target.id);
    case 'frame':
      return frameItems(board, target.id);
    case 'label':
      return labelItems(board, target.id);
  }
}

function noteItems(board: BoardServices, id: string): MenuItem[] {
  if (!board.notes.get(id)) return [];
  const items: MenuItem[] = [];
  const single = board.selection.get().ids.size <= 1;
  if (single && canEditNote(board, id)) items.push({ id: 'edit', shortcut: 'edit' });
  if (permittedSelection(board, 'edit').length > 0) items.push({ id: 'color', submenu: true });
  if (canCreateNotes(board.actor, board.policy.get())) items.push({ id: 'duplicate', shortcut: 'duplicate' });
  items.push({ id: 'copy', shortcut: 'copy' });
  if (permittedSelection(board, 'move').length > 0) items.push({ id: 'front', shortcut: 'bringToFront' });
  if (single && addLinkedRefusal(board, id, 'cause') === null) items.push({ id: 'addCause', shortcut: 'addCause' });
  if (single && addLinkedRefusal(board, id, 'consequence') === null) items.push({ id: 'addConsequence', shortcut: 'addConsequence' });
  if (canArrangeTree(board, id)) items.push({ id: 'arrangeTree', shortcut: 'arrangeTree' });
  items.push(...focusItems(board));
  if (permittedSelection(board, 'remove').length > 0) items.push({ id: 'delete', danger: true, shortcut: 'delete' });
  return items;
}

/** « Mettre en lumière » what is selected, or « Fin de la mise en lumière » when it is in the spotlight (facilitators). */
function focusItems(board: BoardServices): MenuItem[] {
  if (!mayDirectAttention(board)) return [];
  const target = focusTarget(board);
  if (isFocused(board, target)) return [{ id: 'endFocus', label: 'attention.endFocus' }];
  return target ? [{ id: 'focus', label: 'attention.focus' }] : [];
}

function boardItems(board: BoardServices): MenuItem[] {
  const items: MenuItem[] = [];
  if (canCreateNotes(board.actor, board.policy.get())) {
    items.push({ id: 'newNote', shortcut: 'newNote' });
    if (hasCopiedNotes() || typeof navigator.clipboard?.readText === 'function') items.push({ id: 'paste', shortcut: 'paste' });
  }
  if (board.notes.getSnapshot().length > 0) items.push({ id: 'selectAll', shortcut: 'selectAll' });
  if (mayDirectAttention(board) && boardAttention(board).get().focus) items.push({ id: 'endFocus', label: 'attention.endFocus' });
  return items;
}

const LINK_KIND_ITEMS: [LinkKind, MenuItemId][] = [
  ['cause', 'linkCause'],
  ['consequence', 'linkConsequence'],
  ['plain', 'linkPlain'],
];

function linkItems(board: BoardServices, id: string): MenuItem[] {
  const link = board.links.get(id);
  if (!link) return [];
  const may = (after: unknown) => board.permits([{ map: BOARD_MAP_NAMES.links, key: id, before: link, after }]) === null;
  const items: MenuItem[] = LINK_KIND_ITEMS.filter(([kind]) => kind !== link.kind && may({ ...link, kind })).map(([, item]) => ({ id: item }));
  if (may({ ...link, from: link.to, to: link.from })) items.push({ id: 'reverseLink' });
  if (may(undefined)) items.push({ id: 'deleteLink', danger: true, shortcut: 'delete' });
  return items;
}

function frameItems(board: BoardServices, id: string): MenuItem[] {
  const frame = board.frames.get(id);
  if (!frame || !mayEditZones(board)) return [];
  return [{ id: 'renameZone' }, { id: frame.locked ? 'unlockZone' : 'lockZone' }, ...focusItems(board), { id: 'deleteZone', danger: true }];
}

function labelItems(board: BoardServices, id: string): MenuItem[] {
  const label = board.labels.get(id);
  if (!label) return [];
  const may = (after: unknown) => board.permits([{ map: BOARD_MAP_NAMES.labels, key: id, before: label, after }]) === null;
  const items: MenuItem[] = [];
  if (may({ ...label, text: `${label.text} ` })) items.push({ id: 'editLabel' });
  if (may(undefined)) items.push({ id: 'deleteLabel', danger: true });
  return items;
}
