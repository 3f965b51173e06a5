import { useSyncExternalStore } from 'react';
import { useBoard } from './BoardContext';

/** The other people connected to this board. */
export function usePresence() {
  const { peers } = useBoard();
  return useSyncExternalStore(peers.subscribe, peers.getPeople, peers.getPeople);
}

export function useRemoteCursors() {
  const { peers } = useBoard();
  return useSyncExternalStore(peers.subscribe, peers.getCursors, peers.getCursors);
}

/** Live positions of notes other people are dragging right now. */
export function useRemoteDrags() {
  const { peers } = useBoard();
  return useSyncExternalStore(peers.subscribe, peers.getDrags, peers.getDrags);
}

/** author id → name, for signing notes. */
export function useAuthorNames() {
  const { peers } = useBoard();
  return useSyncExternalStore(peers.subscribe, peers.getNames, peers.getNames);
}
