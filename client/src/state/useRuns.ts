import type { RoomRun } from '@essaim/shared';
import { useSyncExternalStore } from 'react';
import { useWorkshop } from './WorkshopContext';
import type { Runs } from './WorkshopStore';

/** Every room's 3-12-3 run, by room id. */
export function useRuns(): Runs {
  const { workshop } = useWorkshop();
  return useSyncExternalStore(workshop.subscribe, workshop.getRuns, workshop.getRuns);
}

/** One room's run, or undefined when it runs none. */
export function useRoomRun(roomId: string): RoomRun | undefined {
  return useRuns()[roomId];
}
