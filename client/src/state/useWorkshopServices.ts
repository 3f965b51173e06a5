import { useEffect, useState } from 'react';
import type { StoredSession } from './session';
import { workshopActions } from './workshopActions';
import { createWorkshopServices, destroyWorkshopServices, type WorkshopServices } from './WorkshopServices';

/** Opens the workshop document for this session; facilitators also fetch the join code and invites. */
export function useWorkshopServices(session: StoredSession): WorkshopServices | null {
  const [services, setServices] = useState<WorkshopServices | null>(null);
  const { workshopId, token, role } = session;
  useEffect(() => {
    const created = createWorkshopServices(session);
    setServices(created);
    if (role === 'facilitator') void workshopActions.refreshAdmin(created);
    return () => {
      setServices(null);
      destroyWorkshopServices(created);
    };
    // the services own the session from here on (moves and renames go through its store)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workshopId, token, role]);
  return services;
}
