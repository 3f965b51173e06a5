import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { joinPath } from '../router/matchRoute';
import { facilitatorLink } from '../state/facilitatorLink';
import { isLoopbackOrigin } from '../state/shareOrigin';
import { useShareOrigin } from '../state/useShareOrigin';
import { useSession } from '../state/useSession';
import { useStore } from '../state/useStore';
import { useWorkshop } from '../state/WorkshopContext';
import { workshopActions } from '../state/workshopActions';
import { ConfirmButton } from './ConfirmButton';
import { CopyField } from './CopyField';
import { Icon } from './Icon';
import { InviteLinks } from './InviteLinks';
import { LocalAddressWarning } from './LocalAddressWarning';
import { QrCode } from './QrCode';
import { QrFullscreen } from './QrFullscreen';

/** For facilitators: the code to read out, its link and QR code, the team's invite links, their own link. */
export function SharePanel() {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const session = useSession();
  const admin = useStore(ws.admin);
  const { shareOpen } = useStore(ws.ui);
  // PUBLIC_URL, else the address this page was opened with: the one others can follow
  const origin = useShareOrigin();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    // not modal: the facilitator keeps the code on screen while people join and the board moves
    if (shareOpen && !el.open) {
      el.show();
      void workshopActions.refreshAdmin(ws);
    }
    if (!shareOpen && el.open) el.close();
  }, [shareOpen, ws]);

  const close = () => ws.ui.set((ui) => ({ ...ui, shareOpen: false }));
  const joinCode = admin?.joinCode ?? session.joinCode;
  const joinLink = joinCode && origin ? origin + joinPath(joinCode) : '';
  const host = origin ? new URL(origin).host : location.host;
  return (
    <dialog ref={dialog} className="share-panel" aria-labelledby="share-title" onClose={close} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="dialog-header">
        <h2 id="share-title">{t('share.title')}</h2>
        <button type="button" className="tool" aria-label={t('common.close')} title={t('common.close')} onClick={close}>
          <Icon name="close" />
        </button>
      </div>
      {origin && isLoopbackOrigin(origin) && <LocalAddressWarning host={host} />}
      {joinCode && (
        <>
          <p className="share-code-label">{t('share.code')}</p>
          {/* letter-spacing makes it readable aloud; the text itself stays the six characters */}
          <p className="share-code" data-testid="join-code">
            {joinCode}
          </p>
          <p className="hint">{t('share.codeHint', { host })}</p>
          <div className="share-qr">
            {shareOpen && joinLink && <QrCode text={joinLink} size={240} label={t('share.qrLabel', { link: joinLink })} testId="join-qr" />}
            <QrFullscreen link={joinLink} code={joinCode} host={host} />
          </div>
          <CopyField label={t('share.joinLink')} value={joinLink} copyLabel={t('share.copyJoinLink')} testId="join-link" />
          <ConfirmButton
            className="button secondary small"
            title={t('share.newCodeTitle')}
            message={t('share.newCodeText')}
            confirmLabel={t('share.newCode')}
            onConfirm={() => workshopActions.newJoinCode(ws)}
          >
            <Icon name="refresh" size={16} />
            {t('share.newCode')}
          </ConfirmButton>
        </>
      )}
      <InviteLinks invites={admin?.invites ?? null} origin={origin} />
      <CopyField
        label={t('share.facilitatorLink')}
        value={origin ? facilitatorLink(origin, session.workshopId, session.token) : ''}
        copyLabel={t('share.copyFacilitatorLink')}
        hint={t('share.facilitatorHint')}
        testId="facilitator-link"
      />
    </dialog>
  );
}
