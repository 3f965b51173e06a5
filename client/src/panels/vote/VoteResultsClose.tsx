import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeVote } from '../../state/voteActions';
import { useWorkshop } from '../../state/WorkshopContext';

/** « Clôturer le vote » in the live results: the panel then shows the final results (`onClosed`: the focus goes there); a refusal is said here, the dialog hiding the toasts. */
export function VoteResultsClose({ voteId, onClosed }: { voteId: string; onClosed: () => void }) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const close = async () => {
    setPending(true);
    setRefused(null);
    const done = await closeVote(ws, voteId, setRefused);
    setPending(false);
    if (done) onClosed();
  };
  return (
    <div className="vote-results-close">
      <button type="button" className="button primary" disabled={pending} aria-busy={pending} onClick={() => void close()}>
        {t('voteAdmin.close')}
      </button>
      {refused && (
        <p className="field-error" role="alert">
          {refused}
        </p>
      )}
    </div>
  );
}
