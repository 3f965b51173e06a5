import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { workshopApi } from '../api/workshopApi';
import { translate } from '../i18n/i18n';
import { boardPath } from '../router/matchRoute';
import { navigate } from '../router/navigate';
import { tokenFromHash } from './facilitatorLink';
import { loadSession, saveSession, sessionFromServer, type StoredSession } from './session';

/** Who we are on a workshop: still finding out, known, or unknown to this device. */
export type BoardSessionState = { status: 'opening' } | { status: 'ready'; session: StoredSession } | { status: 'missing' };

const ready = (session: StoredSession): BoardSessionState => ({ status: 'ready', session });

function stored(workshopId: string): BoardSessionState {
  const session = loadSession(workshopId);
  return session ? ready(session) : { status: 'missing' };
}

/**
 * Who we are on this workshop's board: from a facilitator link, else from this device's memory.
 * Without either, `missing`: the page says how to get in (the address alone names nobody).
 */
export function useBoardSession(workshopId: string): BoardSessionState {
  const [state, setState] = useState<BoardSessionState>(() => (tokenFromHash(location.hash) ? { status: 'opening' } : stored(workshopId)));

  useEffect(() => {
    const token = tokenFromHash(location.hash);
    if (!token) return setState(stored(workshopId));
    let cancelled = false;
    workshopApi.session(token).then(
      (res) => {
        if (cancelled) return;
        const resumed = sessionFromServer(res, token);
        saveSession(resumed);
        history.replaceState(null, '', location.pathname + location.search);
        if (resumed.workshopId !== workshopId) navigate(boardPath(resumed.workshopId), { replace: true });
        setState(ready(resumed));
      },
      (err: unknown) => {
        if (cancelled) return;
        history.replaceState(null, '', location.pathname + location.search);
        toast.error(translate(apiErrorKey(err), apiErrorValues(err)), { id: 'session' });
        setState(stored(workshopId));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId]);

  return state;
}
