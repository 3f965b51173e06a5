import { CLOSE_CODES } from '@essaim/shared';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import { recordReset } from '../sync/refusalGuard';
import { syncToastId } from '../sync/useSyncToasts';
import { createBoardServices, destroyBoardServices, type BoardServices } from './BoardServices';
import type { StoredSession } from './session';

/** Closes after which the local copy is dropped, so what the server refused is not sent again in a loop. */
const REFUSALS = new Map<number, { key: string; again: string; duration: number }>([
  [CLOSE_CODES.RefusedChange, { key: 'sync.closed.RefusedChange', again: 'sync.refusedAgain', duration: 8000 }],
  // the board is full: what did not fit is dropped; the message says what to do instead
  [CLOSE_CODES.BoardFull, { key: 'sync.closed.BoardFull', again: 'sync.closed.BoardFull', duration: 15_000 }],
]);

/**
 * Opens the board of `session.roomId` and closes it on unmount or when the room or the token
 * change; a new name of mine is announced on the open board. After a refused change (4409) or a
 * full board (4413) the local copy is dropped and the board reopened from the server's state, a
 * few times at most.
 * After a room change (4410, or 4403 on reconnecting) `onRoomChanged` finds where to go; after a
 * 4410 that leads nowhere else, the board reopens.
 */
export function useBoardServices(session: StoredSession, onRoomChanged: () => Promise<boolean>): BoardServices | null {
  const [services, setServices] = useState<BoardServices | null>(null);
  const [generation, setGeneration] = useState(0);
  const { workshopId, roomId, token, name } = session;

  useEffect(() => {
    if (!services) return;
    const me = { ...services.me, name };
    services.presence.setUser(me);
    services.peers.setSelf(me);
  }, [services, name]);

  useEffect(() => {
    const created = createBoardServices(session);
    setServices(created);
    let resetting = false;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      destroyBoardServices(created);
    };
    const stop = created.connection.onServerClose((code) => {
      // 4403 too: a participant moved (or a plenary closed) while this screen was away
      if (code === CLOSE_CODES.RoomChanged || code === CLOSE_CODES.Forbidden) {
        void onRoomChanged().then((moved) => {
          if (moved) toast.dismiss(syncToastId(code));
          else if (code === CLOSE_CODES.RoomChanged && !closed && recordReset(`${created.connection.docName}#moved`)) setGeneration((g) => g + 1);
        });
        return;
      }
      const refusal = REFUSALS.get(code);
      if (!refusal || resetting) return;
      resetting = true;
      // one history for both codes: a full board that keeps refusing must not loop either
      if (!recordReset(created.connection.docName)) {
        toast.error(translate(refusal.again), {
          id: 'refused',
          duration: Infinity,
          action: { label: translate('common.reload'), onClick: () => location.reload() },
        });
        return;
      }
      toast.warning(translate(refusal.key), { id: 'refused', duration: refusal.duration });
      setServices(null);
      const discarded = created.connection.discardLocalCopy();
      close();
      void discarded.finally(() => setGeneration((g) => g + 1));
    });
    return () => {
      stop();
      setServices(null);
      close();
    };
    // a new title or name does not need a new connection; onRoomChanged is read when it happens
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workshopId, roomId, token, generation]);
  return services;
}
