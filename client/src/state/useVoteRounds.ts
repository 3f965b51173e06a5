import type { VoteRound } from '@essaim/shared';
import { useSyncExternalStore } from 'react';
import { useWorkshop } from './WorkshopContext';

/** Every dot-voting round of the workshop, oldest first, as the workshop document has them. */
export function useVoteRounds(): readonly VoteRound[] {
  const { workshop } = useWorkshop();
  return useSyncExternalStore(workshop.subscribe, workshop.getVoteRounds, workshop.getVoteRounds);
}
