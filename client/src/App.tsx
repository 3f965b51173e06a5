import { lazy, Suspense, useEffect } from 'react';
import { HomePage } from './panels/HomePage';
import { InvitePage } from './panels/InvitePage';
import { matchRoute } from './router/matchRoute';
import { navigate } from './router/navigate';
import { useLocationPath } from './router/useLocationPath';

// The boards bring Konva and Yjs; a participant's phone loads them only after joining.
const WorkshopPage = lazy(() => import('./panels/WorkshopPage').then((m) => ({ default: m.WorkshopPage })));
const BenchPage = lazy(() => import('./bench/BenchPage').then((m) => ({ default: m.BenchPage })));

export function App() {
  const route = matchRoute(useLocationPath());

  useEffect(() => {
    if (route.page === 'notFound') navigate('/', { replace: true });
  }, [route.page]);

  switch (route.page) {
    case 'board':
    case 'dashboard':
      return (
        <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
          {/* same key for both views: the workshop stays open between a board and the dashboard */}
          <WorkshopPage key={route.workshopId} workshopId={route.workshopId} view={route.page} />
        </Suspense>
      );
    case 'bench':
      return (
        <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
          <BenchPage />
        </Suspense>
      );
    case 'invite':
      return <InvitePage key={route.secret} secret={route.secret} />;
    case 'home':
      return <HomePage key={route.code ?? ''} code={route.code} />;
    case 'notFound':
      return null;
  }
}
