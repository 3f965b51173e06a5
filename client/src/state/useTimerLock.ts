import { timerLocksRoom } from '@essaim/shared';
import { useEffect } from 'react';
import type { BoardServices } from './BoardServices';
import { useStoredTimers } from './useTimers';
import { useWorkshop } from './WorkshopContext';

/**
 * Keeps `board.timerLock` in step with the room's timer: on at the end of a countdown set to
 * lock (at that moment in server time, without waiting for a change), off once the facilitator
 * stops, restarts or adds time.
 */
export function useTimerLock(board: BoardServices): void {
  const { clock } = useWorkshop();
  const { timers } = useStoredTimers();
  const timer = timers[board.session.roomId];
  const offset = clock.getOffset();
  useEffect(() => {
    const update = () => board.timerLock.set(timerLocksRoom(timer, clock.now()));
    update();
    if (!timer?.lockAtEnd || timer.paused || timer.endsAt === null) return;
    const wait = timer.endsAt - clock.now();
    if (wait < 0) return;
    const id = setTimeout(update, wait + 1);
    return () => clearTimeout(id);
  }, [board, clock, timer, offset]);
}
