import type { TemplateInfo } from '@essaim/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface TemplateFieldProps {
  templates: readonly TemplateInfo[];
  value: string;
  onChange: (id: string) => void;
  label: string;
  disabled?: boolean;
}

/** A board template to start from: a native select (keyboard and phone friendly), the chosen one's description under it. */
export function TemplateField({ templates, value, onChange, label, disabled }: TemplateFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const builtIn = templates.filter((tpl) => !tpl.saved);
  const saved = templates.filter((tpl) => tpl.saved);
  const chosen = templates.find((tpl) => tpl.id === value);
  const option = (tpl: TemplateInfo) => (
    <option key={tpl.id} value={tpl.id}>
      {tpl.name}
    </option>
  );
  return (
    <div className="template-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value)}>
        {saved.length > 0 ? <optgroup label={t('templates.builtIn')}>{builtIn.map(option)}</optgroup> : builtIn.map(option)}
        {saved.length > 0 && <optgroup label={t('templates.saved')}>{saved.map(option)}</optgroup>}
      </select>
      <p id={`${id}-hint`} className="field-hint" aria-live="polite">
        {chosen?.description}
      </p>
    </div>
  );
}
