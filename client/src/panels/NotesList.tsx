import { useDeferredValue, type KeyboardEvent } from 'react';
import type { Note } from '@essaim/shared';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { canEditNote, deleteSelection } from '../state/boardCommands';
import { useBoard } from '../state/BoardContext';
import { selectOnly, startEditing } from '../state/selection';
import { useNotes } from '../state/useNotes';
import { useStore } from '../state/useStore';

const NO_NOTES: readonly Note[] = [];
/** Notes from which the list is built after the canvas. */
const LARGE_BOARD = 1000;

/**
 * The notes as a list, for keyboard and screen-reader users (and end-to-end tests): hidden
 * until focused, one button per note, live with the document. Focus or click selects a note,
 * Enter on it opens the editor, Delete removes the selection and moves to the next note.
 */
export function NotesList() {
  const { t } = useTranslation();
  const board = useBoard();
  // A big board is drawn first and its list follows when idle; a usual one's list is never late
  // (Delete moves the focus to the next item, which must still be a note).
  const current = useNotes();
  const deferred = useDeferredValue(current, NO_NOTES);
  const notes = current.length > LARGE_BOARD ? deferred : current;
  const { ids } = useStore(board.selection);

  const select = (id: string) => board.selection.set((s) => selectOnly(s, id));
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, id: string) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault(); // no synthetic click: Enter means « edit », a click means « select »
      const editable = canEditNote(board, id);
      board.selection.set((s) => (editable && s.ids.size === 1 && s.ids.has(id) ? startEditing(s, id) : selectOnly(s, id)));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      // keep the keyboard user in the list: focus (and so select) the next note, or the previous
      const item = e.currentTarget.closest('li');
      const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector('button');
      if (deleteSelection(board) > 0) neighbour?.focus();
      else toast.info(t('note.notYours'), { id: 'rights' });
    }
  };

  return (
    <section className="notes-list-panel">
      <h2 className="visually-hidden">{t('notesList.title')}</h2>
      <p className="notes-list-hint">{t('notesList.hint')}</p>
      <ul aria-label={t('notesList.label')} data-testid="notes-list">
        {notes.map((note) => (
          <li key={note.id} data-note-id={note.id} data-room-name={note.room?.name}>
            <button
              type="button"
              aria-pressed={ids.has(note.id)}
              // the room of a plenary copy is drawn by CSS from this attribute: part of the
              // button's name for screen readers, while its text stays the note's own
              data-room-label={note.room ? t('notesList.fromRoom', { name: note.room.name }) : undefined}
              onFocus={() => select(note.id)}
              onClick={() => select(note.id)}
              onKeyDown={(e) => onKeyDown(e, note.id)}
            >
              {note.text || t('notesList.empty')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
