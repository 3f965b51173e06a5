import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/useStore';
import { closeVoteResults, openVoteResults, voteResultsView } from '../../state/voteResultsView';
import { useWorkshop } from '../../state/WorkshopContext';
import { Icon } from '../Icon';
import { VoteResultsPanel } from './VoteResultsPanel';

/** The results panel as a modal dialog (the whole screen on a phone), open while `voteResultsView` names a round. */
export function VoteResultsDialog() {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const voteId = useStore(voteResultsView(ws));
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (voteId !== null && !el.open) el.showModal();
    if (voteId === null && el.open) el.close();
  }, [voteId]);
  return (
    <dialog ref={dialog} className="vote-results-dialog" aria-labelledby={`${id}-title`} onClose={(e) => e.target === e.currentTarget && closeVoteResults(ws)} data-testid="vote-results">
      {voteId !== null && (
        <>
          <div className="dialog-header">
            <h2 id={`${id}-title`}>{t('voteResults.title')}</h2>
            <button type="button" className="tool" onClick={() => closeVoteResults(ws)} aria-label={t('common.close')} title={t('common.close')}>
              <Icon name="close" />
            </button>
          </div>
          <VoteResultsPanel voteId={voteId} onPick={(picked) => openVoteResults(ws, picked)} />
        </>
      )}
    </dialog>
  );
}
