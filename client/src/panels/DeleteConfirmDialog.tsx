import type { Note } from '@essaim/shared';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { cancelDelete, confirmDelete } from '../state/deleteSelection';
import { useAuthorNames } from '../state/usePresence';
import { useStore } from '../state/useStore';

/** Notes named in the dialog; the others are counted. */
const LISTED = 5;

/**
 * Asks before someone else's note, or several, are deleted — with the zones, headings and links
 * selected with them, named here: opened by `deleteSelection` or `deleteWholeSelection` through
 * `board.pendingDelete`, from the keyboard, the toolbar or the notes list. A modal dialog: focus starts on « Annuler », Escape backs out, focus goes back after.
 */
export function DeleteConfirmDialog() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const board = useBoard();
  const pending = useStore(board.pendingDelete);
  const ids = pending?.notes ?? null;
  const names = useAuthorNames();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (pending && !el?.open) el?.showModal();
    if (!pending && el?.open) el.close();
  }, [pending]);

  const notes = (ids ?? []).map((noteId) => board.notes.get(noteId)).filter((n): n is Note => n !== undefined);
  const me = board.actor.participantId;
  const byOthers = notes.filter((n) => n.authorId !== me).length;
  const claims = board.peers.getClaims();
  const writer = notes.map((n) => claims.get(n.id)?.user.name).find((name) => name !== undefined);
  const only = notes.length === 1 ? notes[0] : undefined;
  // the zones, headings and links selected with the notes go with them: the dialog names them
  const entries = [
    pending && pending.frames.length > 0 ? t('deleteNotes.zones', { count: pending.frames.length }) : '',
    pending && pending.labels.length > 0 ? t('deleteNotes.headings', { count: pending.labels.length }) : '',
    pending && pending.links.length > 0 ? t('deleteNotes.links', { count: pending.links.length }) : '',
  ].filter((part) => part !== '');
  const title = only
    ? names.get(only.authorId)
      ? t('deleteNotes.titleOther', { name: names.get(only.authorId) })
      : t('deleteNotes.titleSomeone')
    : t('deleteNotes.titleMany', { count: notes.length });

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} onClose={() => cancelDelete(board)}>
      {ids && (
        <>
          <h2 id={`${id}-title`}>{title}</h2>
          <div id={`${id}-text`}>
            <ul className="delete-confirm-notes">
              {notes.slice(0, LISTED).map((n) => (
                <li key={n.id}>
                  {n.text || t('notesList.empty')}
                  {!only && n.authorId !== me && names.get(n.authorId) ? ` — ${names.get(n.authorId)}` : ''}
                </li>
              ))}
              {notes.length > LISTED && <li>{t('deleteNotes.andMore', { count: notes.length - LISTED })}</li>}
            </ul>
            {!only && byOthers > 0 && <p>{t('deleteNotes.byOthers', { count: byOthers })}</p>}
            {entries.length > 0 && <p>{t('deleteNotes.alsoEntries', { list: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(entries) })}</p>}
            {writer && <p>{t('deleteNotes.writingNow', { name: writer, count: notes.length })}</p>}
            <p>{t('deleteNotes.noUndo')}</p>
          </div>
          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={() => cancelDelete(board)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button danger" onClick={() => confirmDelete(board)}>
              {t('deleteNotes.confirm', { count: notes.length })}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
