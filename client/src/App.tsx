import { lazy, Suspense, useEffect } from 'react';
import { HomePage } from './panels/HomePage';
import { matchRoute } from './router/matchRoute';
import { navigate } from './router/navigate';
import { useLocationPath } from './router/useLocationPath';

// The board brings Konva and Yjs; a participant's phone loads them only after joining.
const BoardPage = lazy(() => import('./panels/BoardPage').then((m) => ({ default: m.BoardPage })));

export function App() {
  const route = matchRoute(useLocationPath());

  useEffect(() => {
    if (route.page === 'notFound') navigate('/', { replace: true });
  }, [route.page]);

  switch (route.page) {
    case 'board':
      return (
        <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
          <BoardPage key={route.workshopId} workshopId={route.workshopId} />
        </Suspense>
      );
    case 'home':
      return <HomePage key={route.code ?? ''} code={route.code} />;
    case 'notFound':
      return null;
  }
}
