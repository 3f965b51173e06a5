import type { Person } from '@essaim/shared';
import { useSyncExternalStore } from 'react';
import { useWorkshop } from './WorkshopContext';

/** Everyone in the workshop with their role and room, sorted by name. */
export function usePeople(): readonly Person[] {
  const { workshop } = useWorkshop();
  return useSyncExternalStore(workshop.subscribe, workshop.getPeople, workshop.getPeople);
}
