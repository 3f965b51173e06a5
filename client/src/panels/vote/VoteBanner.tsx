import { useTranslation } from 'react-i18next';
import { useVoteSizes } from '../../canvas/useVoteSizes';
import { VOTE_SIZES } from '../../canvas/voteControlsLayout';
import { useBoard } from '../../state/BoardContext';
import { useEntries } from '../../state/useEntries';
import { useStore } from '../../state/useStore';
import { useVoteMode } from '../../state/voting/useVoteMode';
import { useVoteView } from '../../state/voting/useVoteView';
import { useNarrowScreen } from '../useNarrowScreen';
import { useVoteHowTo } from './useVoteHowTo';
import { VoteDotsLeft } from './VoteDotsLeft';

/**
 * While a round is open on this room, for the people who vote or watch: « Vote en cours », the
 * dots left, the rules (what it votes on, a note's cap, a named round, when results show), how
 * many have voted, and how to vote on this screen — on a phone away from its notes list, a way
 * there — and, where the board shows, the switch of vote mode (« Voter en cliquant sur les notes »: a
 * click on a note puts a dot; off, notes are selected, moved and edited again). Facilitators follow
 * the round in their own panel.
 */
export function VoteBanner() {
  const { t } = useTranslation();
  const board = useBoard();
  const view = useVoteView();
  const { round, voting, dotsLeft } = view;
  const narrow = useNarrowScreen();
  const groups = useEntries(board.groups);
  const how = useVoteHowTo(view);
  const byTap = useVoteMode();
  const touch = useVoteSizes() === VOTE_SIZES.coarse;
  const { phoneView } = useStore(board.ui);
  if (!round || board.actor.role === 'facilitator') return null;
  const voted = round.votedByRoom[board.session.roomId] ?? 0;
  const { scope } = round;
  let scopeText: string | null = null;
  if (scope.kind === 'frame' && scope.title) scopeText = t('vote.banner.zone', { title: scope.title });
  else if (scope.kind === 'group') scopeText = t('vote.banner.cluster', { title: groups.find((g) => g.id === scope.groupId)?.title || t('clusters.untitled') });
  const toNotes = () => board.ui.set((ui) => (ui.phoneView === 'notes' ? ui : { ...ui, phoneView: 'notes' }));
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
        {scopeText && <span>{scopeText}</span>}
        <span>{t('vote.banner.cap', { count: round.maxPerNote })}</span>
        {!round.anonymous && <span data-testid="vote-banner-named">{t(narrow ? 'vote.banner.namedShort' : 'vote.banner.named')}</span>}
        {round.resultsVisible === 'after' ? <span>{t(narrow ? 'vote.banner.resultsAfterShort' : 'vote.banner.resultsAfter')}</span> : <span>{t('vote.banner.live')}</span>}
        <span>{t('vote.banner.voted', { count: voted })}</span>
        {how && !how.toNotes && <span className="vote-banner-how">{t(how.key)}</span>}
      </p>
      {voting && !(narrow && phoneView !== 'board') && (
        <label className="vote-banner-mode">
          <input type="checkbox" role="switch" checked={byTap} onChange={(e) => board.voting.get()?.byTap.set(e.target.checked)} />
          {t(touch ? 'vote.mode.touch' : 'vote.mode.click')}
        </label>
      )}
      {how?.toNotes && (
        <p className="vote-banner-go">
          <span>{t(how.key)}</span>
          <button type="button" className="button secondary small" aria-label={t('vote.how.toNotesLabel')} onClick={toNotes}>
            {t('vote.how.toNotes')}
          </button>
        </p>
      )}
    </div>
  );
}
