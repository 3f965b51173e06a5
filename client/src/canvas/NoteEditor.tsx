import type { Note } from '@essaim/shared';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import { useBoard } from '../state/BoardContext';
import { NoteEditSession } from '../state/NoteEditSession';
import { editorKey, stopEditing } from '../state/selection';
import { useNotesById } from '../state/useNotes';
import { useStore } from '../state/useStore';
import { NoteEditField } from './NoteEditField';
import { CLAIM_TOAST } from './useNoteEditSession';

/**
 * The editor of the note in `selection.editingId`, the one way a note is opened for writing
 * (canvas, keyboard, notes lists): over the note, enlarged, or in a sheet (`editorPlacement`).
 */
export function NoteEditor() {
  const board = useBoard();
  const selection = useStore(board.selection);
  const note = useNotesById().get(selection.editingId ?? '');
  // keyed by the opening, not the note: an editor following its text into a new note keeps its field and focus
  return note ? <UnlessClaimed key={editorKey(selection)} note={note} /> : null;
}

/** Opens the editor unless someone else has the note open: then it says who, and stays closed. */
function UnlessClaimed({ note }: { note: Note }) {
  const board = useBoard();
  // asked once, when the editor is asked for: a claim arriving later is a race, settled by the session
  const [holder] = useState(() => NoteEditSession.holder(board, note.id));
  useEffect(() => {
    if (!holder) return;
    toast.info(translate('note.heldBy', { name: holder.name }), { id: CLAIM_TOAST });
    board.selection.set(stopEditing);
  }, [board, holder]);
  return holder ? null : <NoteEditField note={note} />;
}
