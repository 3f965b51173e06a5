import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import { QrCode } from './QrCode';

/**
 * « Plein écran »: the join QR code as large as the screen allows, with the code under it, for
 * the screen shared in the video call. Uses the Fullscreen API where there is one.
 */
export function QrFullscreen({ link, code, host }: { link: string; code: string; host: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  // leaving full screen (Esc, the browser's own button) closes the view as well
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && dialog.current?.open) dialog.current.close();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const show = () => {
    const el = dialog.current;
    if (!el) return;
    el.showModal();
    setOpen(true);
    el.requestFullscreen?.().catch(() => undefined); // refused (iOS, iframe): the dialog still fills the window
  };
  const close = () => dialog.current?.close();
  const onClosed = () => {
    setOpen(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };

  return (
    <>
      <button type="button" className="button secondary" onClick={show} disabled={!link}>
        <Icon name="expand" size={18} />
        {t('share.fullscreen')}
      </button>
      <dialog ref={dialog} className="qr-fullscreen" aria-label={t('share.fullscreenTitle')} onClose={onClosed} onKeyDown={(e) => e.stopPropagation()}>
        {open && (
          <>
            <QrCode text={link} size="100%" label={t('share.qrLabel', { link })} />
            <p className="qr-fullscreen-code">
              {t('share.fullscreenHint', { host })} <strong>{code}</strong>
            </p>
            <button type="button" className="button primary" onClick={close} autoFocus>
              {t('common.close')}
            </button>
          </>
        )}
      </dialog>
    </>
  );
}
