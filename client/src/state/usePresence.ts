import { useMemo, useSyncExternalStore } from 'react';
import { useBoard } from './BoardContext';
import { usePeople } from './usePeople';

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

/** author id → name, for signing notes: everyone of the workshop, and whoever was seen on the board. */
export function useAuthorNames(): ReadonlyMap<string, string> {
  const { peers } = useBoard();
  const seen = useSyncExternalStore(peers.subscribe, peers.getNames, peers.getNames);
  const people = usePeople();
  return useMemo(() => {
    const names = new Map(seen);
    for (const p of people) names.set(p.id, p.name);
    return names;
  }, [seen, people]);
}
