import { useSyncExternalStore } from 'react';
import { subscribeToLocation } from './navigate';

const getPath = () => location.pathname;

export function useLocationPath(): string {
  return useSyncExternalStore(subscribeToLocation, getPath, getPath);
}
