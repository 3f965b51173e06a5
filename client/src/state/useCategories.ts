import type { Category } from '@essaim/shared';
import { useSyncExternalStore } from 'react';
import { useBoard } from './BoardContext';

/** The board's categories, in the facilitator's order. */
export function useCategories(): readonly Category[] {
  const { categories } = useBoard();
  return useSyncExternalStore(categories.subscribe, categories.get, categories.get);
}
