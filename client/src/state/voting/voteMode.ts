import { noteInVoteScope } from '@essaim/shared';
import { toast } from 'sonner';
import { translate } from '../../i18n/i18n';
import type { BoardServices } from '../BoardServices';

/** Whether a click or tap on a note puts a dot on it here (`VoteSession.tapping`) rather than selecting it. */
export function voteModeOn(board: BoardServices): boolean {
  return board.voting.get()?.tapping === true;
}

/**
 * A click or tap on a note in vote mode: one dot asked of the server (which decides: a refusal is
 * the session's toast); a note the round leaves out says so, in one toast however often it is tried.
 */
export function voteOnNote(board: BoardServices, noteId: string): void {
  const session = board.voting.get();
  const round = session?.tapping ? session.state.get().round : null;
  const note = board.notes.get(noteId);
  if (!session || !round || !note) return;
  if (!noteInVoteScope(round.scope, note, board.frames.getSnapshot())) {
    toast.info(translate('vote.outOfScopeTap'), { id: 'vote-out-of-scope' });
    return;
  }
  void session.add(noteId);
}
