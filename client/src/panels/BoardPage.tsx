import { useTranslation } from 'react-i18next';
import { BoardContext } from '../state/BoardContext';
import type { StoredSession } from '../state/session';
import { useBoardServices } from '../state/useBoardServices';
import { useBoardSession } from '../state/useBoardSession';
import { BoardLayout } from './BoardLayout';

/** `/atelier/<workshopId>`: resolves who you are, opens the board, then shows it. */
export function BoardPage({ workshopId }: { workshopId: string }) {
  const session = useBoardSession(workshopId);
  return session ? <OpenBoard session={session} /> : <Loading />;
}

function OpenBoard({ session }: { session: StoredSession }) {
  const services = useBoardServices(session);
  if (!services) return <Loading />;
  return (
    <BoardContext.Provider value={services}>
      <BoardLayout />
    </BoardContext.Provider>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <main className="page-loading" aria-busy="true">
      <p>{t('session.opening')}</p>
    </main>
  );
}
