import { draftsDocName } from '@essaim/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import { defaultWsBase } from '../sync/DocConnection';
import { DraftsConnection } from '../sync/DraftsConnection';
import { recordReset } from '../sync/refusalGuard';
import type { BoardServices } from './BoardServices';
import { draftsMemoStore } from './draftsMemo';
import { DraftsSession } from './DraftsSession';
import { roomPhaseActive } from './privatePhaseActions';
import { useRoomPhaseView } from './usePrivatePhase';
import { useWorkshop } from './WorkshopContext';

/**
 * A participant's drafts in the room on screen (`DraftsSession`): null for facilitators and
 * observers, who write none. Follows the room's phase, and keeps the last changes when the page
 * is hidden or goes away.
 */
export function useDraftsSession(board: BoardServices): DraftsSession | null {
  const ws = useWorkshop();
  const { workshopId, roomId, participantId, token, role } = board.session;
  const phase = useRoomPhaseView(roomId);
  const [session, setSession] = useState<DraftsSession | null>(null);

  useEffect(() => {
    if (role !== 'participant') return;
    const ref = { workshopId, roomId, participantId, token, wsBase: defaultWsBase() };
    const created = new DraftsSession({
      authorId: participantId,
      open: () => new DraftsConnection(ref),
      memo: draftsMemoStore(draftsDocName(workshopId, roomId, participantId)),
      phaseActive: () => roomPhaseActive(ws, roomId),
      mayReset: (docName) => recordReset(docName),
      onRefused: (again) =>
        again
          ? toast.error(translate('privatePhase.refusedAgain'), {
              id: 'drafts-refused',
              duration: Infinity,
              action: { label: translate('common.reload'), onClick: () => location.reload() },
            })
          : toast.warning(translate('privatePhase.refused'), { id: 'drafts-refused', duration: 8000 }),
    });
    setSession(created);
    const save = () => created.saveNow();
    const onVisibility = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
      created.destroy();
      setSession(null);
    };
  }, [ws, workshopId, roomId, participantId, token, role]);

  useEffect(() => {
    session?.setPhase(phase);
  }, [session, phase]);

  return session;
}

const idle = () => () => undefined;
const notWriting = () => false;

/** Whether the participant's private writing panel is open (the canvas gives it its room). */
export function useDraftsWriting(session: DraftsSession | null): boolean {
  return useSyncExternalStore(
    session ? session.state.subscribe : idle,
    session ? () => session.state.get().kind === 'writing' : notWriting,
    notWriting,
  );
}
