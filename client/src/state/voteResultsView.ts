import { createStore, type Store } from './createStore';
import type { WorkshopServices } from './WorkshopServices';

const views = new WeakMap<WorkshopServices, Store<string | null>>();

/** The round whose results panel is open on this screen (its id), or null. Local to this tab. */
export function voteResultsView(ws: WorkshopServices): Store<string | null> {
  let store = views.get(ws);
  if (!store) views.set(ws, (store = createStore<string | null>(null)));
  return store;
}

/** Opens the results panel on a round (from the top bar, the dashboard or the room's vote banner). */
export const openVoteResults = (ws: WorkshopServices, voteId: string): void => voteResultsView(ws).set(voteId);

export const closeVoteResults = (ws: WorkshopServices): void => voteResultsView(ws).set(null);
