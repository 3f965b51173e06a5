import { useSyncExternalStore } from 'react';

/** At this width and under, a board opens on its notes list (a phone held upright). */
export const NARROW_SCREEN = '(max-width: 600px)';

const query = () => window.matchMedia(NARROW_SCREEN);

function subscribe(listener: () => void): () => void {
  const list = query();
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}

const read = () => query().matches;
const never = () => false;

/** Whether the screen is a phone's width (`NARROW_SCREEN`), live through rotations and resizes. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, read, never);
}
