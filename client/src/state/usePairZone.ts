import { useEffect } from 'react';
import type { BoardServices } from './BoardServices';
import { useRoomRun } from './useRuns';

/** While the room's pairs work, a participant's new notes go into their pair's zone (`newNotesZone`). */
export function usePairZone(board: BoardServices): string | null {
  const run = useRoomRun(board.session.roomId);
  const me = board.actor.participantId;
  const frameId = run?.step === 'pairs' ? (run.pairs.find((p) => p.members.includes(me))?.frameId ?? null) : null;
  useEffect(() => {
    board.newNotesZone.set(frameId);
    return () => board.newNotesZone.set(null);
  }, [board, frameId]);
  return frameId;
}
