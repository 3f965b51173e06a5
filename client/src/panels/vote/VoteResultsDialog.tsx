import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/useStore';
import { closeVoteResults, openVoteResults, voteResultsView } from '../../state/voteResultsView';
import { useWorkshop } from '../../state/WorkshopContext';
import { Icon } from '../Icon';
import { VoteResultsPanel } from './VoteResultsPanel';

interface VoteResultsDialogProps {
  /**
   * where the focus goes back when what opened the dialog is gone: a button of the « Vote » popover
   * (hidden while the dialog shows), « Clôturer le vote » (its round closed)
   */
  returnFocus?: () => HTMLElement | null;
}

const focusable = (el: HTMLElement | null): el is HTMLElement => el !== null && el !== document.body && el.isConnected && el.checkVisibility();

/**
 * The results panel as a modal dialog (the whole screen on a phone), open while `voteResultsView`
 * names a round. Closed (×, Escape), it gives the focus back to the button that opened it, or to
 * `returnFocus`. Being modal, it hides the page's toasts: what it does, it says inside itself.
 */
export function VoteResultsDialog({ returnFocus }: VoteResultsDialogProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const voteId = useStore(voteResultsView(ws));
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (voteId !== null && !el.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      el.showModal();
    }
    if (voteId === null && el.open) el.close();
  }, [voteId]);

  const closed = () => {
    closeVoteResults(ws);
    const back = opener.current;
    opener.current = null;
    const target = focusable(back) ? back : (returnFocus?.() ?? null);
    if (focusable(target)) target.focus();
  };

  return (
    <dialog ref={dialog} className="vote-results-dialog" aria-labelledby={`${id}-title`} onClose={(e) => e.target === e.currentTarget && closed()} data-testid="vote-results">
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
