import { useEffect, useRef } from 'react';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import { useRoomPhase } from './usePrivatePhase';

/**
 * « Les idées ont été révélées », once, on the screens of a room whose phase this screen saw
 * active and then revealed (not on opening a board whose phase ended long ago). Off for
 * facilitators (`notify` false): « Révéler » says how many ideas it revealed.
 */
export function usePhaseTransitions(roomId: string, notify = true): void {
  const phase = useRoomPhase(roomId);
  const seen = useRef<{ roomId: string; active: boolean } | null>(null);
  useEffect(() => {
    const before = seen.current;
    const active = phase?.active === true;
    seen.current = { roomId, active };
    if (notify && before?.roomId === roomId && before.active && !active && phase?.revealedAt != null) {
      toast.success(translate('privatePhase.revealed'), { id: `revealed-${roomId}` });
    }
  }, [roomId, notify, phase?.active, phase?.revealedAt]);
}
