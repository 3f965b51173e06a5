import type { Note } from '@essaim/shared';
import type * as Y from 'yjs';
import { EntriesStore } from './EntriesStore';

/** Drawing order, as the shared `readNotes`: oldest first, then by id. */
const byDrawingOrder = (a: Note, b: Note) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export type NotesStore = EntriesStore<Note>;

/** The board's notes, in drawing order. */
export function notesStore(doc: Y.Doc): NotesStore {
  return EntriesStore.of(doc, 'notes', byDrawingOrder);
}
