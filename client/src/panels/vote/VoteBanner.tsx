import { useTranslation } from 'react-i18next';
import { useBoard } from '../../state/BoardContext';
import { useVoteView } from '../../state/voting/useVoteView';
import { useNarrowScreen } from '../useNarrowScreen';
import { VoteDotsLeft } from './VoteDotsLeft';

/**
 * While a round is open on this room, for the people who vote or watch: « Vote en cours », the
 * dots left, the rules (a note's cap, when results show) and how many have voted. Facilitators
 * follow the round in their own panel.
 */
export function VoteBanner() {
  const { t } = useTranslation();
  const board = useBoard();
  const { round, voting, dotsLeft } = useVoteView();
  const narrow = useNarrowScreen();
  if (!round || board.actor.role === 'facilitator') return null;
  const voted = round.votedByRoom[board.session.roomId] ?? 0;
  const scope = round.scope.kind === 'frame' && round.scope.title ? t('vote.banner.zone', { title: round.scope.title }) : null;
  return (
    <div className="vote-banner" role="status" data-testid="vote-banner" data-vote-id={round.voteId}>
      <p className="vote-banner-main">
        <strong>{t('vote.banner.open', { number: round.number })}</strong>
        {voting && dotsLeft !== null && (
          <>
            {' — '}
            <span className="vote-banner-left" data-dots-left={dotsLeft}>
              {dotsLeft === 0 ? t('vote.banner.noneLeft') : t('vote.banner.dotsLeft', { count: dotsLeft, total: round.dotsPerPerson })}
            </span>
            <VoteDotsLeft left={dotsLeft} total={round.dotsPerPerson} />
          </>
        )}
      </p>
      <p className="vote-banner-rules">
        {scope && <span>{scope}</span>}
        <span>{t('vote.banner.cap', { count: round.maxPerNote })}</span>
        {round.resultsVisible === 'after' && <span>{t(narrow ? 'vote.banner.resultsAfterShort' : 'vote.banner.resultsAfter')}</span>}
        <span>{t('vote.banner.voted', { count: voted })}</span>
        {voting && <span className="vote-banner-how">{t(narrow ? 'vote.banner.howTouch' : 'vote.banner.how')}</span>}
      </p>
    </div>
  );
}
