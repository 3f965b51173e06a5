import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  children: ReactNode;
  className: string;
  /** the question, as the dialog's title */
  title: string;
  /** what will happen */
  message: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  danger?: boolean;
  disabled?: boolean;
  buttonTitle?: string;
}

/** A button that asks first, in a small modal dialog (Esc or « Annuler » to back out). */
export function ConfirmButton({ children, className, title, message, confirmLabel, onConfirm, danger, disabled, buttonTitle }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      dialog.current?.close();
    }
  };
  return (
    <>
      <button type="button" className={className} disabled={disabled} title={buttonTitle} onClick={() => dialog.current?.showModal()}>
        {children}
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        // keep Escape here: the panel around this button closes on it too
        onKeyDown={(e) => e.stopPropagation()}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-text`}>{message}</p>
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={() => dialog.current?.close()} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="button" className={`button ${danger ? 'danger' : 'primary'}`} disabled={busy} aria-busy={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
