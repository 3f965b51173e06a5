import { boardAttention, seesAuthors, type BoardAttention } from './boardAttention';
import { useBoard } from './BoardContext';
import { followRole, followState, type FollowRole } from './attentionView';
import { useStore } from './useStore';

/** What the workshop asks of this board's room now: focus, follow-me, hidden cursors, anonymity. */
export function useBoardAttention(): BoardAttention {
  return useStore(boardAttention(useBoard()));
}

/** Whether this person sees who wrote each note (anonymity hides authors from all but facilitators). */
export function useSeesAuthors(): boolean {
  const board = useBoard();
  return seesAuthors(useBoardAttention(), board.actor.role);
}

/** How this client stands in the room's « Suivez-moi ». */
export function useFollowRole(): FollowRole {
  const board = useBoard();
  useBoardAttention();
  useStore(followState(board));
  return followRole(board);
}
