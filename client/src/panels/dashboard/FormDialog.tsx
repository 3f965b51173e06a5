import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  /** what opens the dialog */
  button: ReactNode;
  buttonClassName: string;
  buttonTitle?: string;
  title: string;
  hint: string;
  confirmLabel: string;
  /** the fields, shown only while the dialog is open (so what they load is fresh each time) */
  children: (open: boolean) => ReactNode;
  /** true: done, the dialog closes; false: it stays open (a toast said why) */
  onSubmit: () => Promise<boolean>;
  canSubmit?: boolean;
}

/** A button opening a small modal form (Esc or « Annuler » to back out), like `ConfirmButton` with fields. */
export function FormDialog({ button, buttonClassName, buttonTitle, title, hint, confirmLabel, children, onSubmit, canSubmit = true }: FormDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const done = await onSubmit().finally(() => setBusy(false));
    if (done) dialog.current?.close();
  };
  return (
    <>
      <button
        type="button"
        className={buttonClassName}
        title={buttonTitle}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {button}
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog form-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        // React passes a nested dialog's close up to here (a confirmation inside the form): only this one's counts
        onClose={(e) => e.target === e.currentTarget && setOpen(false)}
        // keep Escape here: the panel around this button closes on it too
        onKeyDown={(e) => e.stopPropagation()}
      >
        <form onSubmit={(e) => void submit(e)}>
          <h2 id={`${id}-title`}>{title}</h2>
          <p id={`${id}-text`} className="hint">
            {hint}
          </p>
          {open && children(open)}
          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={busy || !canSubmit} aria-busy={busy}>
              {confirmLabel}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
