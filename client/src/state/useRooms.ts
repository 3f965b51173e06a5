import type { RoomEntry } from '@essaim/shared';
import { useSyncExternalStore } from 'react';
import { useWorkshop } from './WorkshopContext';

/** The workshop's rooms, the plenary first, live from the workshop document. */
export function useRooms(): readonly RoomEntry[] {
  const { workshop } = useWorkshop();
  return useSyncExternalStore(workshop.subscribe, workshop.getRooms, workshop.getRooms);
}
