import { useEffect, useRef, useState, type RefObject } from 'react';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import type { BoardServices } from '../state/BoardServices';
import { NoteEditSession, type EditEnding } from '../state/NoteEditSession';
import { continueEditing } from '../state/selection';
import { noteHeightFor } from './noteTextBox';

/** One toast id for everything about who may write a note, so a quick retry does not stack them. */
export const CLAIM_TOAST = 'note-claim';

function endingMessage(ending: EditEnding): string {
  if (ending.reason === 'deleted') return translate('note.deletedWhileEditing');
  return translate(ending.rescuedId ? 'note.yieldedRescued' : 'note.heldBy', { name: ending.to.name });
}

/**
 * The edit session of the open note while the editor shows it (`NoteEditSession`), written at
 * once when the page is hidden or goes away — a reload or a closed tab right after the last key
 * keeps the text, on the server and in the offline copy — and closed on unmount. `onEnd` runs
 * when the session ended by itself (someone else keeps the note, or deleted it), after a toast.
 * A note deleted while typed in: the session goes on in the new note holding the text, and the
 * selection with it, so the editor stays open (`continueEditing`).
 */
export function useNoteEditSession(board: BoardServices, noteId: string, onEnd: () => void): RefObject<NoteEditSession | null> {
  // the note opened: the editor then follows the session into a rescued note without a new session
  const [openedId] = useState(noteId);
  const session = useRef<NoteEditSession | null>(null);
  const ended = useRef(onEnd);
  ended.current = onEnd;

  useEffect(() => {
    const current = new NoteEditSession(
      board,
      openedId,
      (ending) => {
        toast.warning(endingMessage(ending), { id: CLAIM_TOAST, duration: 10_000 });
        ended.current();
      },
      ({ from, to }) => {
        toast.warning(translate('note.deletedRescued'), { id: CLAIM_TOAST, duration: 10_000 });
        board.selection.set((s) => continueEditing(s, from, to));
      },
      noteHeightFor,
    );
    session.current = current;
    const flush = () => {
      current.flush();
      board.connection.saveNow?.();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      current.close();
      session.current = null;
    };
  }, [board, openedId]);

  return session;
}
