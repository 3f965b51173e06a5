import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { workshopApi } from '../api/workshopApi';
import { translate } from '../i18n/i18n';
import { boardPath } from '../router/matchRoute';
import { navigate } from '../router/navigate';
import { tokenFromHash } from './facilitatorLink';
import { loadSession, saveSession, sessionFromServer, type StoredSession } from './session';

/**
 * Who we are on this workshop's board: from a facilitator link, else from this device's memory.
 * Without either, back to the home page to join with the code.
 */
export function useBoardSession(workshopId: string): StoredSession | null {
  const [session, setSession] = useState<StoredSession | null>(() => (tokenFromHash(location.hash) ? null : loadSession(workshopId)));

  useEffect(() => {
    const token = tokenFromHash(location.hash);
    if (!token) {
      const stored = loadSession(workshopId);
      if (stored) return setSession(stored);
      toast.info(translate('session.missing'), { id: 'session' });
      navigate('/', { replace: true });
      return;
    }
    let cancelled = false;
    workshopApi.session(token).then(
      (res) => {
        if (cancelled) return;
        const resumed = sessionFromServer(res, token);
        saveSession(resumed);
        history.replaceState(null, '', location.pathname + location.search);
        if (resumed.workshopId !== workshopId) navigate(boardPath(resumed.workshopId), { replace: true });
        setSession(resumed);
      },
      (err: unknown) => {
        if (cancelled) return;
        history.replaceState(null, '', location.pathname + location.search);
        toast.error(translate(apiErrorKey(err), apiErrorValues(err)), { id: 'session' });
        const stored = loadSession(workshopId);
        if (stored) setSession(stored);
        else navigate('/', { replace: true });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId]);

  return session;
}
