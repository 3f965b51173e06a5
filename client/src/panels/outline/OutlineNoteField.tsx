import { NOTE_TEXT_SOFT_MAX, type Note } from '@essaim/shared';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNoteEditSession } from '../../canvas/useNoteEditSession';
import { useBoard } from '../../state/BoardContext';
import { useOutline } from './OutlineContext';

/**
 * A note's text written inline in the outline, through the same edit session as the canvas
 * editor (the claim others see, writes while typing, races): Enter or leaving the field ends it,
 * Shift+Enter starts a new line, Escape ends it too (the text is already written).
 */
export function OutlineNoteField({ note }: { note: Note }) {
  const { t, i18n } = useTranslation();
  const board = useBoard();
  const outline = useOutline();
  const [text, setText] = useState(note.text);
  const field = useRef<HTMLTextAreaElement>(null);
  const session = useNoteEditSession(board, note.id, () => outline.stopEditing(true));

  useEffect(() => {
    const el = field.current;
    el?.focus();
    el?.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const close = (refocus: boolean) => {
    session.current?.close();
    outline.stopEditing(refocus);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey)) {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  };
  return (
    <textarea
      ref={field}
      className="outline-field"
      data-testid="outline-field"
      aria-label={t('outline.fieldLabel')}
      lang={i18n.language}
      rows={Math.min(6, Math.max(2, text.split('\n').length))}
      value={text}
      // what the note editors allow; a longer note written before keeps its text
      maxLength={Math.max(NOTE_TEXT_SOFT_MAX, note.text.length)}
      onChange={(e) => {
        setText(e.target.value);
        session.current?.input(e.target.value);
      }}
      onKeyDown={onKeyDown}
      onBlur={() => close(false)}
    />
  );
}
