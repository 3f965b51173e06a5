import type { Point } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { createStore, type Store } from './createStore';
import { selectEntry, selectOnly } from './selection';

/** What a context menu is about: one entry of the board, or the board itself (an empty spot). */
export type MenuTarget = { kind: 'note' | 'frame' | 'link' | 'label'; id: string } | { kind: 'board' };

export interface ContextMenuState {
  target: MenuTarget;
  /** where the menu opens, in page (client) pixels */
  at: Point;
  /** where on the board it was asked for, for « Coller ici »; absent: the centre of the view */
  boardPoint?: Point;
  /** when it opened, so a touch device's own contextmenu after our long press does not open it twice */
  openedAt: number;
}

const stores = new WeakMap<BoardServices, Store<ContextMenuState | null>>();

/** The open context menu of a board, or null. */
export function contextMenuStore(board: BoardServices): Store<ContextMenuState | null> {
  let store = stores.get(board);
  if (!store) stores.set(board, (store = createStore<ContextMenuState | null>(null)));
  return store;
}

export interface OpenMenuRequest {
  target: MenuTarget;
  at: Point;
  boardPoint?: Point;
}

const KIND_SELECTION = { frame: 'frames', link: 'links', label: 'labels' } as const;

/**
 * Opens the context menu on an entry (the zones, links and labels layers call this from their
 * Konva `contextmenu` handler, then `e.evt.preventDefault()`). The entry becomes the selection
 * unless it is already part of it, so the menu's commands act on what is shown selected.
 */
export function openContextMenu(board: BoardServices, request: OpenMenuRequest): void {
  const { target } = request;
  if (target.kind === 'note') {
    if (!board.selection.get().ids.has(target.id)) board.selection.set((s) => selectOnly(s, target.id));
  } else if (target.kind !== 'board') {
    const kind = KIND_SELECTION[target.kind];
    if (!board.selection.get().others[kind].has(target.id)) board.selection.set((s) => selectEntry(s, kind, target.id));
  }
  contextMenuStore(board).set({
    target,
    at: request.at,
    ...(request.boardPoint ? { boardPoint: request.boardPoint } : {}),
    openedAt: Date.now(),
  });
}

export function closeContextMenu(board: BoardServices): void {
  contextMenuStore(board).set(null);
}

/** Same menu asked again within this time (a long press, then the browser's own contextmenu): ignored. */
export const REOPEN_GUARD_MS = 800;

export function isJustOpened(board: BoardServices, now = Date.now()): boolean {
  const open = contextMenuStore(board).get();
  return open !== null && now - open.openedAt < REOPEN_GUARD_MS;
}
