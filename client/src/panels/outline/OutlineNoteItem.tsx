import { NOTE_COLOR_FILLS, type Note } from '@essaim/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { revealNote } from '../../state/outlineCommands';
import { useBoard } from '../../state/BoardContext';
import { selectOnly } from '../../state/selection';
import { Icon } from '../Icon';
import { OutlineNoteField } from './OutlineNoteField';
import { useOutline, type OutlinePlace } from './OutlineContext';

interface OutlineNoteItemProps {
  note: Note;
  place: OutlinePlace;
  /** what the note is in a tree (« Problème », « Cause »…), said before its text */
  role?: string;
  /** more buttons (add a cause, a consequence) */
  actions?: ReactNode;
  /** nested lists (the note's causes and consequences) */
  children?: ReactNode;
}

/** Short text for buttons' names: the note's first words. */
export function noteLabel(text: string, empty: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return empty;
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/**
 * One note of the outline: a button that shows it on the canvas (focus selects it, Enter or a
 * click pans to it), « Modifier » (an inline field, F2) and « Supprimer » (Suppr) when the
 * rules allow, and what hangs from it.
 */
export function OutlineNoteItem({ note, place, role, actions, children }: OutlineNoteItemProps) {
  const { t } = useTranslation();
  const board = useBoard();
  const outline = useOutline();
  const rights = outline.rights.get(note.id);
  const label = noteLabel(note.text, t('notesList.empty'));
  const editing = outline.editing?.id === note.id && outline.editing.place === place;
  return (
    <li className="outline-item" data-note-id={note.id}>
      <div className="outline-row">
        {editing ? (
          <OutlineNoteField note={note} />
        ) : (
          <button
            type="button"
            className="outline-note"
            data-outline-note={note.id}
            data-place={place}
            aria-pressed={outline.selected.has(note.id)}
            style={{ borderLeftColor: NOTE_COLOR_FILLS[note.color].stroke }}
            onFocus={() => board.selection.set((s) => selectOnly(s, note.id))}
            onClick={() => revealNote(board, note.id)}
          >
            {role && <span className="outline-role">{role}</span>}
            {role && ' '}
            <span className="outline-text">{note.text || t('notesList.empty')}</span>
          </button>
        )}
        <span className="outline-actions">
          {actions}
          {rights?.edit && !editing && (
            <button type="button" className="tool outline-action" aria-label={t('outline.edit', { text: label })} title={t('outline.editHint')} onClick={() => outline.edit(note.id, place)}>
              <Icon name="pencil" size={18} />
            </button>
          )}
          {rights?.remove && (
            <button
              type="button"
              className="tool outline-action danger"
              aria-label={t('outline.delete', { text: label })}
              title={t('outline.deleteHint')}
              onClick={(e) => outline.remove(note.id, e.currentTarget.closest('li'))}
            >
              <Icon name="trash" size={18} />
            </button>
          )}
        </span>
      </div>
      {children}
    </li>
  );
}
