import { useMemo } from 'react';
import { useVoteSizes, useZoomStep } from '../../canvas/useVoteSizes';
import { VOTE_SIZES, votePillPlace } from '../../canvas/voteControlsLayout';
import { useBoard } from '../../state/BoardContext';
import { useCollapsedMembers } from '../../state/useCollapsedMembers';
import { useNotes } from '../../state/useNotes';
import { useStore } from '../../state/useStore';
import { useVoteMode } from '../../state/voting/useVoteMode';
import type { VoteView } from '../../state/voting/voteView';
import { useNarrowScreen } from '../useNarrowScreen';
import { voteHowTo, type VoteHowTo } from './voteHowTo';

/**
 * The banner's line on how to vote on this screen (`voteHowTo`): whether any note of the round
 * shows its « + » at this zoom (re-judged on a zoom step, never on a pan), the pointer, a phone's view.
 */
export function useVoteHowTo(view: VoteView): VoteHowTo | null {
  const board = useBoard();
  const narrow = useNarrowScreen();
  const { phoneView } = useStore(board.ui);
  const sizes = useVoteSizes();
  const scale = useZoomStep(board);
  const notes = useNotes();
  const folded = useCollapsedMembers();
  const byTap = useVoteMode();
  const { voting, inScope, dotsLeft } = view;
  const pillsShown = useMemo(
    () => voting && notes.some((n) => !folded.has(n.id) && inScope(n) && votePillPlace(n, scale, sizes) !== null),
    [voting, notes, folded, inScope, scale, sizes],
  );
  if (!voting) return null;
  return voteHowTo({ phoneView: narrow ? phoneView : null, touch: sizes === VOTE_SIZES.coarse, pillsShown, allPlaced: dotsLeft === 0, byTap });
}
