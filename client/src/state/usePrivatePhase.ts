import type { PrivatePhase } from '@essaim/shared';
import { useMemo, useSyncExternalStore } from 'react';
import { roomDraftTally, type RoomDraftTally } from './draftCounts';
import type { RoomPhaseView } from './DraftsSession';
import { usePeople } from './usePeople';
import { useRooms } from './useRooms';
import { useWorkshop } from './WorkshopContext';
import type { Phases, RoomDraftCounts } from './WorkshopStore';

/** Every room's private writing phase, live from the workshop document. */
export function usePhases(): Phases {
  const { workshop } = useWorkshop();
  return useSyncExternalStore(workshop.subscribe, workshop.getPhases, workshop.getPhases);
}

/** One room's phase, or undefined when it never had one. */
export function useRoomPhase(roomId: string): PrivatePhase | undefined {
  return usePhases()[roomId];
}

/**
 * The room's phase as this screen knows it: `unknown` until the workshop document has arrived
 * (it has no offline copy: a page opened offline does not know it).
 */
export function useRoomPhaseView(roomId: string): RoomPhaseView {
  const phase = useRoomPhase(roomId);
  const known = useRooms().length > 0;
  const active = phase?.active === true;
  const question = phase?.question ?? '';
  return useMemo(() => (known ? { active, question } : 'unknown'), [known, active, question]);
}

function useDraftCounts(): RoomDraftCounts {
  const { workshop } = useWorkshop();
  return useSyncExternalStore(workshop.subscribe, workshop.getDraftCounts, workshop.getDraftCounts);
}

/** How many drafts each person of the room holds (names and numbers, never text). */
export function useRoomDraftTally(roomId: string): RoomDraftTally {
  const counts = useDraftCounts()[roomId];
  const people = usePeople();
  return useMemo(() => roomDraftTally(counts, people, roomId), [counts, people, roomId]);
}
