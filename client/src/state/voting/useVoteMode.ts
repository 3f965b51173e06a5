import { useCallback, useSyncExternalStore } from 'react';
import { useBoard } from '../BoardContext';
import { useStore } from '../useStore';
import type { VoteSession } from './VoteSession';

const never = () => () => undefined;

/** Whether clicks and taps on notes put dots on this screen now (`VoteSession.tapping`). */
export function useVoteMode(): boolean {
  const board = useBoard();
  const session: VoteSession | null = useStore(board.voting);
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!session) return never();
      const offState = session.state.subscribe(listener);
      const offMode = session.byTap.subscribe(listener);
      return () => {
        offState();
        offMode();
      };
    },
    [session],
  );
  const get = useCallback(() => session?.tapping === true, [session]);
  return useSyncExternalStore(subscribe, get, get);
}
