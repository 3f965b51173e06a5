import type { VoteRound } from '@essaim/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

interface VoteStartProgressProps {
  round: VoteRound;
  /** the round was just started here: its title takes the focus (the form that had it is gone) */
  focusOnShow: boolean;
  /** h3 in the board's popover, h4 in the dashboard's card */
  headingLevel: 3 | 4;
}

/** An open round for its facilitator: what it votes on, who has voted so far, the time left, « Clôturer le vote ». */
export function VoteStartProgress({ round, focusOnShow, headingLevel }: VoteStartProgressProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const id = useId();
  const people = usePeople();
  const rooms = useRooms();
  const scopeLabel = useRoundScopeLabel();
  const [pending, setPending] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) title.current?.focus();
  }, [focusOnShow]);
  const { total, byRoom } = roundTurnout(round, people);
  const roomName = (roomId: string) => rooms.find((r) => r.id === roomId)?.name ?? '';
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  const close = async () => {
    setPending(true);
    const done = await closeVote(ws, round.voteId);
    setPending(false);
    // the results dialog says it is closed, above any toast
    if (done) openVoteResults(ws, round.voteId);
  };

  return (
    <section className="vote-progress" data-testid="vote-progress" data-vote-id={round.voteId} aria-busy={pending} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} ref={title} tabIndex={-1} className="vote-progress-title">
        <strong>{t('voteResults.roundName', { number: round.number })}</strong> · {scopeLabel(round.scope)}
        {round.durationSeconds !== null && round.roomIds[0] && (
          <>
            {' · '}
            <RoundTime roomId={round.roomIds[0]} />
          </>
        )}
      </Heading>
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
    </section>
  );
}
