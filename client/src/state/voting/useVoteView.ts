import { useMemo, useSyncExternalStore } from 'react';
import { useBoard } from '../BoardContext';
import { useEntries } from '../useEntries';
import { useStore } from '../useStore';
import { useVoteRounds } from '../useVoteRounds';
import type { VoteSession, VoteSessionState } from './VoteSession';
import { voteView, type VoteView } from './voteView';

const IDLE: VoteSessionState = { round: null, mine: null, pending: new Map() };
const never = () => () => undefined;
const idle = () => IDLE;

/** The board's voting as the canvas, the notes list and the banner show it (`voteView`). */
export function useVoteView(): VoteView {
  const board = useBoard();
  const session: VoteSession | null = useStore(board.voting);
  const state = useSyncExternalStore(session ? session.state.subscribe : never, session ? session.state.get : idle, session ? session.state.get : idle);
  const rounds = useVoteRounds();
  const frames = useEntries(board.frames);
  const voter = session?.voter ?? false;
  const { roomId } = board.session;
  return useMemo(() => voteView(state, voter, rounds, roomId, frames), [state, voter, rounds, roomId, frames]);
}
