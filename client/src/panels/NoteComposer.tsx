import { NOTE_COLORS, NOTE_COLOR_FILLS, NOTE_TEXT_SOFT_MAX } from '@essaim/shared';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createWrittenNote } from '../state/boardCommands';
import { useBoard } from '../state/BoardContext';
import { loadDraft, saveDraft } from '../state/composerDraft';
import { useCanCreate } from '../state/useRights';
import { useStore } from '../state/useStore';
import { TextCounter } from './TextCounter';

interface NoteComposerProps {
  /** called once a note is on the board */
  onAdded(id: string): void;
}

/**
 * A phone's « Nouvelle note »: a large field, the colour, « Ajouter ». The note goes on the
 * canvas at a free spot (`createWrittenNote`), so it is on everyone's board as well as in the list.
 */
export function NoteComposer({ onAdded }: NoteComposerProps) {
  const { t, i18n } = useTranslation();
  const board = useBoard();
  const id = useId();
  const { color } = useStore(board.ui);
  const canCreate = useCanCreate();
  // nothing typed is lost: the draft is kept on this device until the note is added
  const [text, setText] = useState(() => loadDraft(board.session));
  const [added, setAdded] = useState(0);
  if (!canCreate) return null;

  const edit = (next: string) => {
    setText(next);
    saveDraft(board.session, next);
  };

  const add = () => {
    const written = text.trim();
    if (!written) return;
    const note = createWrittenNote(board, written);
    if (!note) return;
    edit('');
    setAdded((n) => n + 1);
    onAdded(note);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add();
  };
  // Enter writes a new line, as in a note; Ctrl+Enter (or ⌘+Enter) adds it, as it closes the editor
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      add();
    }
  };

  return (
    <form className="note-composer" onSubmit={onSubmit} aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-text`} className="visually-hidden">
        {t('composer.label')}
      </label>
      <div className="note-composer-row">
        <textarea
          id={`${id}-text`}
          value={text}
          rows={2}
          lang={i18n.language}
          maxLength={NOTE_TEXT_SOFT_MAX}
          placeholder={t('composer.placeholder')}
          style={{ background: NOTE_COLOR_FILLS[color].fill, borderColor: NOTE_COLOR_FILLS[color].stroke }}
          onChange={(e) => edit(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button primary" disabled={!text.trim()}>
          {t('composer.add')}
        </button>
      </div>
      <TextCounter length={text.length} max={NOTE_TEXT_SOFT_MAX} className="in-composer" />
      <fieldset className="composer-colors">
        <legend className="visually-hidden">{t('composer.colors')}</legend>
        {NOTE_COLORS.map((c) => (
          <label key={c} className="composer-swatch" title={t(`colors.${c}`)}>
            <input
              type="radio"
              name={`${id}-color`}
              value={c}
              checked={color === c}
              onChange={() => board.ui.set((ui) => ({ ...ui, color: c }))}
            />
            <span style={{ background: NOTE_COLOR_FILLS[c].fill, borderColor: NOTE_COLOR_FILLS[c].stroke }} aria-hidden="true" />
            <span className="visually-hidden">{t(`colors.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="visually-hidden" aria-live="polite">
        {added > 0 ? t('composer.added') : ''}
      </p>
    </form>
  );
}
