import type { WorkshopSettings } from '@essaim/shared';
import { useSyncExternalStore } from 'react';
import { useWorkshop } from './WorkshopContext';

/** Title, assignment mode, whether the plenary is open, the broadcast message. */
export function useWorkshopSettings(): WorkshopSettings {
  const { workshop } = useWorkshop();
  return useSyncExternalStore(workshop.subscribe, workshop.getSettings, workshop.getSettings);
}
