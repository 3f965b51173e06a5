import type { TemplateInfo } from '@essaim/shared';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteTemplateButton } from './DeleteTemplateButton';

interface TemplateFieldProps {
  templates: readonly TemplateInfo[];
  value: string;
  onChange: (id: string) => void;
  label: string;
  disabled?: boolean;
  /** ids of the saved templates this facilitator's workshop saved, which they may delete */
  deletable?: ReadonlyMap<string, unknown>;
  /** deletes one of them (after a confirmation); true when done */
  onDelete?: (template: TemplateInfo) => Promise<boolean>;
}

/**
 * A board template to start from: a native select (keyboard and phone friendly), the chosen one's
 * description under it, and « Supprimer ce modèle » when it is one the facilitator's workshop saved.
 */
export function TemplateField({ templates, value, onChange, label, disabled, deletable, onDelete }: TemplateFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const builtIn = templates.filter((tpl) => !tpl.saved);
  const saved = templates.filter((tpl) => tpl.saved);
  const chosen = templates.find((tpl) => tpl.id === value);
  const mayDelete = Boolean(chosen?.saved && onDelete && deletable?.has(chosen.id));
  // once a deleted template has left the choice, its button is gone: the keyboard carries on from the choice
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current || mayDelete) return;
    refocus.current = false;
    select.current?.focus();
  }, [mayDelete]);
  const option = (tpl: TemplateInfo) => (
    <option key={tpl.id} value={tpl.id}>
      {tpl.name}
    </option>
  );
  return (
    <div className="template-field">
      <label htmlFor={id}>{label}</label>
      <select ref={select} id={id} value={value} disabled={disabled} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value)}>
        {saved.length > 0 ? <optgroup label={t('templates.builtIn')}>{builtIn.map(option)}</optgroup> : builtIn.map(option)}
        {saved.length > 0 && <optgroup label={t('templates.saved')}>{saved.map(option)}</optgroup>}
      </select>
      <p id={`${id}-hint`} className="field-hint" aria-live="polite">
        {chosen?.description}
      </p>
      {mayDelete && chosen && onDelete && (
        <DeleteTemplateButton
          template={chosen}
          onDelete={async (tpl) => {
            refocus.current = await onDelete(tpl);
          }}
        />
      )}
    </div>
  );
}
