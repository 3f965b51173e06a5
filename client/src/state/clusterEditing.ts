import type { BoardServices } from './BoardServices';
import { createStore, type Store } from './createStore';

/** The cluster whose title is being typed (just made by « Regrouper », or renamed); one per open board. */
const editing = new WeakMap<object, Store<string | null>>();

export function clusterTitleEditing(board: Pick<BoardServices, 'selection'>): Store<string | null> {
  // keyed by the board's selection store: one per open board, gone with it
  let store = editing.get(board.selection);
  if (!store) editing.set(board.selection, (store = createStore<string | null>(null)));
  return store;
}
