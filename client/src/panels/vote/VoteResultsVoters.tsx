import type { VoteRound } from '@essaim/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shareVoters } from '../../state/voteActions';
import { useWorkshop } from '../../state/WorkshopContext';

interface VoteResultsVotersProps {
  round: VoteRound;
  /** the names are listed under the notes */
  shown: boolean;
  facilitator: boolean;
}

/** A named round: facilitators choose whether participants see who voted for what (once it is closed). */
export function VoteResultsVoters({ round, shown, facilitator }: VoteResultsVotersProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  // what was asked, shown until the workshop document says so (or the request fails)
  const [asked, setAsked] = useState<boolean | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    if (asked === round.votersShared) setAsked(null);
  }, [asked, round.votersShared]);
  if (!facilitator) return shown ? <p className="hint">{t('voteResults.votersShared')}</p> : null;
  const toggle = async (shared: boolean) => {
    setAsked(shared);
    setRefused(null);
    // said here: the results dialog is modal, the toasts would be hidden behind it
    if (!(await shareVoters(ws, round.voteId, shared, setRefused))) setAsked(null);
  };
  return (
    <>
      <label className="vote-share-voters">
        <input type="checkbox" checked={asked ?? round.votersShared} disabled={asked !== null} onChange={(e) => void toggle(e.target.checked)} />
        <span>
          {t('voteResults.shareVoters')}
          <span className="hint">{t(round.status === 'open' ? 'voteResults.shareVotersOpenHint' : 'voteResults.shareVotersHint')}</span>
        </span>
      </label>
      {refused && (
        <p className="field-error" role="alert">
          {refused}
        </p>
      )}
    </>
  );
}
