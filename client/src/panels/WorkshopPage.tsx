import { useEffect } from 'react';
import { DashboardPage } from './dashboard/DashboardPage';
import { boardPath } from '../router/matchRoute';
import { navigate } from '../router/navigate';
import type { StoredSession } from '../state/session';
import { useBoardSession } from '../state/useBoardSession';
import { useFollowWorkshop } from '../state/useFollowWorkshop';
import { useSession } from '../state/useSession';
import { useWorkshop, WorkshopContext } from '../state/WorkshopContext';
import { useWorkshopServices } from '../state/useWorkshopServices';
import { Loading } from './Loading';
import { NoSessionPage } from './NoSessionPage';
import { RoomBoard } from './RoomBoard';

export type WorkshopView = 'board' | 'dashboard';

/**
 * `/atelier/<id>` and `/atelier/<id>/tableau-de-bord`: resolves who you are, follows the
 * workshop document, and shows your room's board or (facilitators, observers) the dashboard.
 */
export function WorkshopPage({ workshopId, view }: { workshopId: string; view: WorkshopView }) {
  const state = useBoardSession(workshopId);
  if (state.status === 'missing') return <NoSessionPage workshopId={workshopId} view={view} />;
  return state.status === 'ready' ? <OpenWorkshop session={state.session} view={view} /> : <Loading />;
}

function OpenWorkshop({ session, view }: { session: StoredSession; view: WorkshopView }) {
  const services = useWorkshopServices(session);
  if (!services) return <Loading />;
  return (
    <WorkshopContext.Provider value={services}>
      <WorkshopScreen view={view} />
    </WorkshopContext.Provider>
  );
}

function WorkshopScreen({ view }: { view: WorkshopView }) {
  const ws = useWorkshop();
  const { role } = useSession();
  useFollowWorkshop(ws);
  const dashboard = view === 'dashboard' && role !== 'participant';
  useEffect(() => {
    if (view === 'dashboard' && role === 'participant') navigate(boardPath(ws.workshopId), { replace: true });
  }, [view, role, ws.workshopId]);
  return dashboard ? <DashboardPage /> : <RoomBoard />;
}
