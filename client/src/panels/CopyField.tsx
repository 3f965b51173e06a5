import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { copyToClipboard } from './copyToClipboard';
import { Icon } from './Icon';

interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  hint?: string;
  testId?: string;
}

/** A read-only link with its copy button. */
export function CopyField({ label, value, copyLabel, hint, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} ref={input} readOnly value={value} data-testid={testId} onFocus={(e) => e.target.select()} aria-describedby={hint ? `${id}-hint` : undefined} />
        <button type="button" className="button secondary" aria-label={copyLabel} title={copyLabel} onClick={() => void copyToClipboard(value, input.current)}>
          <Icon name="copy" size={18} />
          <span className="tool-label">{t('common.copy')}</span>
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
