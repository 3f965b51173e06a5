import { useSyncExternalStore } from 'react';
import type { ConnectionSnapshot, ConnectionSource } from './DocConnection';

export function useConnectionState(connection: ConnectionSource): ConnectionSnapshot {
  return useSyncExternalStore(connection.subscribe, connection.getSnapshot, connection.getSnapshot);
}
