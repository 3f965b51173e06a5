import { useEffect, useState } from 'react';
import { createBoardServices, destroyBoardServices, type BoardServices } from './BoardServices';
import type { StoredSession } from './session';

/** Opens the board for this session and closes it on unmount or when the session changes. */
export function useBoardServices(session: StoredSession): BoardServices | null {
  const [services, setServices] = useState<BoardServices | null>(null);
  const { workshopId, roomId, token } = session;
  useEffect(() => {
    const created = createBoardServices(session);
    setServices(created);
    return () => {
      setServices(null);
      destroyBoardServices(created);
    };
    // a new title or name does not need a new connection
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workshopId, roomId, token]);
  return services;
}
