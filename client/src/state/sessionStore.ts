import { createStore, type Store } from './createStore';
import { saveSession, type StoredSession } from './session';

/** The session of the open workshop; every change (moved, renamed) is remembered on this device. */
export function createSessionStore(initial: StoredSession, persist: (s: StoredSession) => void = saveSession): Store<StoredSession> {
  const store = createStore(initial);
  store.subscribe(() => persist(store.get()));
  return store;
}
