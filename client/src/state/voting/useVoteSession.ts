import { useEffect, useRef } from 'react';
import { toast } from 'sonner';
import { ApiError, apiErrorKey, apiErrorValues } from '../../api/ApiError';
import { voteApi } from '../../api/voteApi';
import { translate } from '../../i18n/i18n';
import type { BoardServices } from '../BoardServices';
import { useVoteRounds } from '../useVoteRounds';
import { openRoundIn } from './roomRounds';
import { VoteSession } from './VoteSession';

/** A refused dot says why (« Vous n’avez plus de points… »); other failures say what failed. */
export function showVoteRefusal(error: unknown): void {
  const message = translate(apiErrorKey(error), apiErrorValues(error));
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) toast.warning(message, { id: 'vote-refused' });
  else toast.error(message, { id: 'vote-refused' });
}

/**
 * Dot voting on the open board (`VoteSession`, in `board.voting`): follows the room's open round
 * in the workshop document, asks the server for this person's dots again when the page comes back
 * to the front or a dotted note goes away.
 */
export function useVoteSession(board: BoardServices): void {
  const rounds = useVoteRounds();
  const { workshopId, roomId, token, role } = board.session;

  useEffect(() => {
    const session = new VoteSession({
      roomId,
      role,
      api: voteApi(workshopId, token),
      onRefused: showVoteRefusal,
    });
    board.voting.set(session);
    const onFront = () => {
      if (document.visibilityState !== 'visible') return;
      void session.refresh();
    };
    const offNotes = board.notes.subscribe(() => session.notesChanged((id) => board.notes.get(id) !== undefined));
    window.addEventListener('focus', onFront);
    document.addEventListener('visibilitychange', onFront);
    return () => {
      window.removeEventListener('focus', onFront);
      document.removeEventListener('visibilitychange', onFront);
      offNotes();
      session.destroy();
      board.voting.set(null);
    };
  }, [board, workshopId, roomId, token, role]);

  // `board.voting` is set in the effect above, which runs first
  useEffect(() => {
    board.voting.get()?.setRounds(rounds);
  }, [board, rounds, workshopId, roomId, token, role]);

  useVoteClosedNotice(rounds, roomId, role !== 'facilitator');
}

/** « Le vote est terminé », once, on the screens of a room that saw its round open and then close. */
function useVoteClosedNotice(rounds: ReturnType<typeof useVoteRounds>, roomId: string, notify: boolean): void {
  const seen = useRef<{ roomId: string; voteId: string | null } | null>(null);
  useEffect(() => {
    const open = openRoundIn(rounds, roomId)?.voteId ?? null;
    const before = seen.current;
    seen.current = { roomId, voteId: open };
    if (!notify || before?.roomId !== roomId || before.voteId === null || before.voteId === open) return;
    const closed = rounds.find((r) => r.voteId === before.voteId);
    if (closed?.status === 'closed') toast.info(translate('vote.closedNotice', { number: closed.number }), { id: `vote-closed-${closed.voteId}` });
  }, [rounds, roomId, notify]);
}
