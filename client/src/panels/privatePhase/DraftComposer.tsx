import { DRAFTS_MAX, NOTE_COLORS, NOTE_COLOR_FILLS, NOTE_TEXT_SOFT_MAX, type NoteColor } from '@essaim/shared';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftActions } from '../../state/draftActions';
import { TextCounter } from '../TextCounter';

interface DraftComposerProps {
  actions: DraftActions;
  /** drafts written so far: none more past `DRAFTS_MAX` */
  count: number;
  /** the room's ended timer holds it: nothing can be added */
  locked: boolean;
}

/** « Ajouter une idée »: Enter adds it (Shift+Enter goes to a new line), the field stays focused for the next one. */
export function DraftComposer({ actions, count, locked }: DraftComposerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [color, setColor] = useState<NoteColor>('yellow');
  const full = count >= DRAFTS_MAX;
  const closed = full || locked;

  const add = () => {
    const written = text.trim();
    if (!written || closed) return;
    if (actions.add(written, color) !== null) setText('');
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      add();
    }
  };

  return (
    <form className="draft-composer" onSubmit={onSubmit}>
      <label htmlFor={`${id}-text`} className="draft-composer-label">
        {t('privatePhase.addIdea')}
      </label>
      <div className="draft-composer-row">
        <textarea
          id={`${id}-text`}
          value={text}
          rows={2}
          lang={i18n.language}
          maxLength={NOTE_TEXT_SOFT_MAX}
          readOnly={closed}
          aria-describedby={`${id}-hint`}
          placeholder={t('privatePhase.addPlaceholder')}
          style={{ background: NOTE_COLOR_FILLS[color].fill, borderColor: NOTE_COLOR_FILLS[color].stroke }}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button primary" disabled={!text.trim() || closed}>
          {t('privatePhase.add')}
        </button>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {full ? t('privatePhase.full', { max: DRAFTS_MAX }) : t('privatePhase.addHint')}
      </p>
      <TextCounter length={text.length} max={NOTE_TEXT_SOFT_MAX} className="in-composer" />
      <fieldset className="composer-colors">
        <legend className="visually-hidden">{t('privatePhase.newColor')}</legend>
        {NOTE_COLORS.map((c) => (
          <label key={c} className="composer-swatch" title={t(`colors.${c}`)}>
            <input type="radio" name={`${id}-color`} value={c} checked={color === c} onChange={() => setColor(c)} />
            <span style={{ background: NOTE_COLOR_FILLS[c].fill, borderColor: NOTE_COLOR_FILLS[c].stroke }} aria-hidden="true" />
            <span className="visually-hidden">{t(`colors.${c}`)}</span>
          </label>
        ))}
      </fieldset>
    </form>
  );
}
