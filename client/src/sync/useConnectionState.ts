import { useSyncExternalStore } from 'react';
import type { BoardConnection, ConnectionSnapshot } from './BoardConnection';

export function useConnectionState(connection: BoardConnection): ConnectionSnapshot {
  return useSyncExternalStore(connection.subscribe, connection.getSnapshot, connection.getSnapshot);
}
