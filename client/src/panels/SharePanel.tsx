import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { joinPath } from '../router/matchRoute';
import { facilitatorLink } from '../state/facilitatorLink';
import { useBoard } from '../state/BoardContext';
import { useStore } from '../state/useStore';
import { CopyField } from './CopyField';
import { Icon } from './Icon';

/** For the facilitator: the code to read out, the link to paste in the video call, and their own link. */
export function SharePanel() {
  const { t } = useTranslation();
  const board = useBoard();
  const { shareOpen } = useStore(board.ui);
  const dialog = useRef<HTMLDialogElement>(null);
  const { joinCode, workshopId, token } = board.session;

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    // not modal: the facilitator keeps the code on screen while people join and the board moves
    if (shareOpen && !el.open) el.show();
    if (!shareOpen && el.open) el.close();
  }, [shareOpen]);

  const close = () => board.ui.set((ui) => ({ ...ui, shareOpen: false }));
  const origin = location.origin;
  return (
    <dialog
      ref={dialog}
      className="share-panel"
      aria-labelledby="share-title"
      onClose={close}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <div className="dialog-header">
        <h2 id="share-title">{t('share.title')}</h2>
        <button type="button" className="tool" aria-label={t('common.close')} title={t('common.close')} onClick={close}>
          <Icon name="close" />
        </button>
      </div>
      {joinCode && (
        <>
          <p className="share-code-label">{t('share.code')}</p>
          {/* letter-spacing makes it readable aloud; the text itself stays the six characters */}
          <p className="share-code" data-testid="join-code">
            {joinCode}
          </p>
          <p className="hint">{t('share.codeHint', { host: location.host })}</p>
          <CopyField label={t('share.joinLink')} value={origin + joinPath(joinCode)} copyLabel={t('share.copyJoinLink')} testId="join-link" />
        </>
      )}
      <CopyField
        label={t('share.facilitatorLink')}
        value={facilitatorLink(origin, workshopId, token)}
        copyLabel={t('share.copyFacilitatorLink')}
        hint={t('share.facilitatorHint')}
        testId="facilitator-link"
      />
    </dialog>
  );
}
