import type { VoteRound } from '@essaim/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { closeVote } from '../../state/voteActions';
import { openVoteResults } from '../../state/voteResultsView';
import { roundTurnout } from '../../state/voteResultRows';
import { usePeople } from '../../state/usePeople';
import { useRooms } from '../../state/useRooms';
import { useRoomTimer } from '../../state/useTimers';
import { useWorkshop } from '../../state/WorkshopContext';
import { TimerTime } from '../timer/TimerTime';
import { useRoundScopeLabel } from './VoteStartScope';

function RoundTime({ roomId }: { roomId: string }) {
  const view = useRoomTimer(roomId);
  return view.running ? <TimerTime view={view} /> : null;
}

/** An open round for its facilitator: what it votes on, who has voted so far, the time left, « Clôturer le vote ». */
export function VoteStartProgress({ round }: { round: VoteRound }) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const people = usePeople();
  const rooms = useRooms();
  const scopeLabel = useRoundScopeLabel();
  const [pending, setPending] = useState(false);
  const { total, byRoom } = roundTurnout(round, people);
  const roomName = (id: string) => rooms.find((r) => r.id === id)?.name ?? '';

  const close = async () => {
    setPending(true);
    const done = await closeVote(ws, round.voteId);
    setPending(false);
    if (done) {
      toast.success(t('voteAdmin.closed', { number: round.number }), { id: 'vote-admin' });
      openVoteResults(ws, round.voteId);
    }
  };

  return (
    <div className="vote-progress" data-testid="vote-progress" data-vote-id={round.voteId} aria-busy={pending}>
      <p className="vote-progress-title">
        <strong>{t('voteResults.roundName', { number: round.number })}</strong> · {scopeLabel(round.scope)}
        {round.durationSeconds !== null && round.roomIds[0] && (
          <>
            {' · '}
            <RoundTime roomId={round.roomIds[0]} />
          </>
        )}
      </p>
      <p className="hint">
        {t('voteAdmin.summary', { count: round.dotsPerPerson, max: round.maxPerNote })} · {t(round.anonymous ? 'voteAdmin.anonymous' : 'voteAdmin.named')} ·{' '}
        {t(round.resultsVisible === 'live' ? 'voteAdmin.resultsLive' : 'voteAdmin.resultsAfter')}
      </p>
      <p className="vote-turnout" data-testid="vote-turnout" aria-live="polite">
        {t('voteAdmin.voted', { count: total.voted, eligible: total.eligible })}
      </p>
      {byRoom.length > 1 && (
        <ul className="vote-rooms">
          {byRoom.map((r) => (
            <li key={r.roomId}>
              {roomName(r.roomId)} · {t('voteAdmin.roomVoted', { voted: r.voted, eligible: r.eligible })}
            </li>
          ))}
        </ul>
      )}
      <div className="vote-actions">
        <button type="button" className="button secondary" onClick={() => openVoteResults(ws, round.voteId)}>
          {t('voteAdmin.liveResults')}
        </button>
        <button type="button" className="button primary" disabled={pending} onClick={() => void close()}>
          {t('voteAdmin.close')}
        </button>
      </div>
    </div>
  );
}
