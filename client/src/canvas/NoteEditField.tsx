import { NOTE_COLOR_FILLS, NOTE_TEXT_SOFT_MAX, type Note } from '@essaim/shared';
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKeyboardInset } from '../panels/useKeyboardInset';
import { TextCounter } from '../panels/TextCounter';
import { useNarrowScreen } from '../panels/useNarrowScreen';
import { useBoard } from '../state/BoardContext';
import { dropUntouchedNote } from '../state/dropUntouchedNote';
import { stopEditing } from '../state/selection';
import { useStore } from '../state/useStore';
import { editorPlacement, type EditorPlacement } from './editorPlacement';
import { fitNoteText } from './fitNoteText';
import { noteTextBox } from './noteTextBox';
import { AUTHOR_LINE, NOTE_FONT_FAMILY, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_PADDING, NOTE_TEXT_COLOR, noteTextTop } from './noteStyle';
import { useNoteEditSession } from './useNoteEditSession';

/** The frame's box: over the note (at the zoom or enlarged), or a sheet above the on-screen keyboard. */
function frameStyle(note: Note, placed: EditorPlacement, keyboard: number): CSSProperties {
  if (placed.mode === 'sheet') return { bottom: keyboard };
  const s = placed.scale;
  return { left: placed.left, top: placed.top, width: note.width * s, height: note.height * s };
}

/** The text as the note draws it (its font shrunk to fit), at the frame's scale; in a sheet, at 16 px (a phone zooms in under that). */
function textStyle(note: Note, text: string, placed: EditorPlacement): CSSProperties {
  const s = placed.mode === 'sheet' ? 1 : placed.scale;
  const fontSize = placed.mode === 'sheet' ? NOTE_FONT_SIZE : fitNoteText(noteTextBox(note, text)).fontSize;
  return {
    padding: placed.mode === 'sheet' ? NOTE_PADDING : `${noteTextTop(note) * s}px ${NOTE_PADDING * s}px ${(NOTE_PADDING + AUTHOR_LINE) * s}px`,
    fontFamily: NOTE_FONT_FAMILY,
    fontSize: fontSize * s,
    lineHeight: NOTE_LINE_HEIGHT,
    color: NOTE_TEXT_COLOR,
    background: NOTE_COLOR_FILLS[note.color].fill,
    borderRadius: 4 * s,
  };
}

/**
 * The HTML editor of one note: the text is written while typed (`useNoteEditSession`);
 * Escape, Ctrl+Enter, leaving the field or « Terminer » (in a sheet) close it. A new note of
 * this person's closed without a key typed goes away again (`dropUntouchedNote`).
 */
export function NoteEditField({ note }: { note: Note }) {
  const board = useBoard();
  const { t, i18n } = useTranslation();
  const view = useStore(board.viewport);
  const area = useStore(board.stageSize);
  const narrow = useNarrowScreen();
  const keyboard = useKeyboardInset(narrow);
  const [text, setText] = useState(note.text);
  // about 500 characters; an older, longer note keeps all of its text
  const [max] = useState(() => Math.max(NOTE_TEXT_SOFT_MAX, note.text.length));
  const textarea = useRef<HTMLTextAreaElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const typed = useRef(false);
  // ended by itself (someone else keeps the note, or deleted it): the note is no longer this editor's to drop
  const session = useNoteEditSession(board, note.id, () => close(true, false));

  useEffect(() => {
    returnFocus.current = document.activeElement;
    const el = textarea.current;
    el?.focus({ preventScroll: true });
    el?.setSelectionRange(el.value.length, el.value.length);
  }, []);

  function close(restoreFocus: boolean, byUser = true) {
    session.current?.close();
    if (byUser && !typed.current) dropUntouchedNote(board, note.id);
    board.selection.set(stopEditing);
    const previous = returnFocus.current;
    if (restoreFocus && previous instanceof HTMLElement && previous.isConnected) previous.focus();
  }

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  };

  const placed = editorPlacement(note, view, area, narrow);
  const sheet = placed.mode === 'sheet';
  return (
    // one tree whatever the placement: zooming while typing must not remount the field (and lose focus)
    <div className={`note-editor-frame ${placed.mode}`} data-testid="note-editor-frame" style={frameStyle(note, placed, keyboard)}>
      <textarea
        ref={textarea}
        className="note-editor"
        data-testid="note-editor"
        aria-label={t('note.editorLabel')}
        lang={i18n.language}
        value={text}
        maxLength={max}
        onChange={(e) => {
          typed.current = true;
          setText(e.target.value);
          session.current?.input(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => close(false)}
        style={textStyle(note, text, placed)}
      />
      <TextCounter length={text.length} max={max} className={sheet ? 'in-sheet' : 'over-note'} />
      {sheet && (
        // pressed, the field loses focus first and that already closes it; the button says how
        <button type="button" className="button primary note-editor-done" onClick={() => close(true)}>
          {t('note.done')}
        </button>
      )}
    </div>
  );
}
