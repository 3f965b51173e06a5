import { createNote, deleteNotes, DRAFTS_MAX, NOTE_DEFAULT_SIZE, updateNote, type Note, type NoteColor } from '@essaim/shared';
import { nanoid } from 'nanoid';
import type * as Y from 'yjs';
import { noteHeightFor } from '../canvas/noteTextBox';

/** Every write to one person's drafts document: the shared note operations, one transaction each. */
export interface DraftActions {
  /** A new draft; null when `DRAFTS_MAX` are written already (the server would refuse one more). */
  add(text: string, color: NoteColor): string | null;
  /** the text, and a taller note in the same change when the text needs it, so the revealed note shows all of it */
  setText(id: string, text: string): void;
  setColor(id: string, color: NoteColor): void;
  remove(id: string): void;
}

/**
 * Drafts are notes in the board's shape; where they lie does not matter (« Révéler » lays them
 * out on the board), so each is written at the origin.
 */
export function createDraftActions(doc: Y.Doc, authorId: string, read: (id: string) => Note | undefined, count: () => number): DraftActions {
  return {
    add(text, color) {
      if (count() >= DRAFTS_MAX) return null;
      const size = { text: '', width: NOTE_DEFAULT_SIZE, height: NOTE_DEFAULT_SIZE };
      const height = text ? noteHeightFor(size, text) : undefined;
      return createNote(doc, { id: nanoid(), x: 0, y: 0, color, text, ...(height ? { height } : {}) }, { authorId, now: Date.now() }).id;
    },
    setText(id, text) {
      const note = read(id);
      if (!note || note.text === text) return;
      const height = noteHeightFor(note, text);
      updateNote(doc, id, height === undefined ? { text } : { text, height }, Date.now());
    },
    setColor(id, color) {
      const note = read(id);
      if (note && note.color !== color) updateNote(doc, id, { color }, Date.now());
    },
    remove(id) {
      deleteNotes(doc, [id]);
    },
  };
}
