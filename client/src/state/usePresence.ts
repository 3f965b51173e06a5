import type { Person } from '@essaim/shared';
import { useContext, useMemo, useSyncExternalStore } from 'react';
import { useBoard } from './BoardContext';
import { useSeesAuthors } from './useBoardAttention';
import { WorkshopContext } from './WorkshopContext';

const NO_PEOPLE: readonly Person[] = [];
const NO_NAMES: ReadonlyMap<string, string> = new Map();
const noPeople = () => NO_PEOPLE;
const noSubscription = () => () => undefined;

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

/** Live top-left corners of the zones other people are dragging right now. */
export function useRemoteZoneDrags() {
  const { peers } = useBoard();
  return useSyncExternalStore(peers.subscribe, peers.getZoneDrags, peers.getZoneDrags);
}

/** note id → who else has it open in their editor right now (« Marie écrit… »). */
export function useEditingClaims() {
  const { peers } = useBoard();
  return useSyncExternalStore(peers.subscribe, peers.getClaims, peers.getClaims);
}

/** person id → the board rectangle they show while leading « Suivez-moi ». */
export function usePeerViewports() {
  const { peers } = useBoard();
  return useSyncExternalStore(peers.subscribe, peers.getViewports, peers.getViewports);
}

/**
 * author id → name, for signing notes: everyone of the workshop, and whoever was seen on the board.
 * A board outside a workshop (the bench's local board) knows only the names seen on it. Empty
 * for participants and observers of an anonymous workshop: notes are signed for facilitators only.
 */
export function useAuthorNames(): ReadonlyMap<string, string> {
  const { peers } = useBoard();
  const sees = useSeesAuthors();
  const seen = useSyncExternalStore(peers.subscribe, peers.getNames, peers.getNames);
  const workshop = useContext(WorkshopContext)?.workshop;
  const people = useSyncExternalStore(workshop?.subscribe ?? noSubscription, workshop?.getPeople ?? noPeople, workshop?.getPeople ?? noPeople);
  return useMemo(() => {
    if (!sees) return NO_NAMES;
    const names = new Map(seen);
    for (const p of people) names.set(p.id, p.name);
    return names;
  }, [seen, people, sees]);
}
