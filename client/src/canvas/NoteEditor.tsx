import { NOTE_COLOR_FILLS, NOTE_MAX_TEXT, type Note } from '@essaim/shared';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { stopEditing } from '../state/selection';
import { useNotesById } from '../state/useNotes';
import { useStore } from '../state/useStore';
import { AUTHOR_LINE, NOTE_FONT_FAMILY, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_PADDING, NOTE_TEXT_COLOR, noteTextTop } from './noteStyle';

/** Typing is sent after this pause, so the others see the text while it is written. */
export const TEXT_COMMIT_DELAY_MS = 300;

/** The HTML editor laid exactly over the note being edited. */
export function NoteEditor() {
  const board = useBoard();
  const { editingId } = useStore(board.selection);
  const note = useNotesById().get(editingId ?? '');
  return note ? <NoteTextarea key={note.id} note={note} /> : null;
}

function NoteTextarea({ note }: { note: Note }) {
  const board = useBoard();
  const { t, i18n } = useTranslation();
  const view = useStore(board.viewport);
  const [text, setText] = useState(note.text);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const committed = useRef(note.text);
  const latest = useRef(text);
  const returnFocus = useRef<Element | null>(null);
  latest.current = text;

  const commit = useCallback(
    (value: string) => {
      if (value === committed.current) return;
      committed.current = value;
      board.actions.setText(note.id, value);
    },
    [board, note.id],
  );

  useEffect(() => {
    const timer = setTimeout(() => commit(text), TEXT_COMMIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, commit]);

  useEffect(() => {
    returnFocus.current = document.activeElement;
    const el = textarea.current;
    el?.focus({ preventScroll: true });
    el?.setSelectionRange(el.value.length, el.value.length);
    return () => commit(latest.current);
  }, [commit]);

  const close = (restoreFocus: boolean) => {
    commit(latest.current);
    board.selection.set(stopEditing);
    const previous = returnFocus.current;
    if (restoreFocus && previous instanceof HTMLElement && previous.isConnected) previous.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  };

  const s = view.scale;
  return (
    <textarea
      ref={textarea}
      className="note-editor"
      data-testid="note-editor"
      aria-label={t('note.editorLabel')}
      lang={i18n.language}
      value={text}
      maxLength={NOTE_MAX_TEXT}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => close(false)}
      style={{
        left: note.x * s + view.x,
        top: note.y * s + view.y,
        width: note.width * s,
        height: note.height * s,
        padding: `${noteTextTop(note) * s}px ${NOTE_PADDING * s}px ${(NOTE_PADDING + AUTHOR_LINE) * s}px`,
        fontFamily: NOTE_FONT_FAMILY,
        fontSize: NOTE_FONT_SIZE * s,
        lineHeight: NOTE_LINE_HEIGHT,
        color: NOTE_TEXT_COLOR,
        background: NOTE_COLOR_FILLS[note.color].fill,
        borderRadius: 4 * s,
      }}
    />
  );
}
