import { byDrawingOrder, type Note } from '@essaim/shared';
import type * as Y from 'yjs';
import { EntriesStore } from './EntriesStore';


export type NotesStore = EntriesStore<Note>;

/** The board's notes, in drawing order (`byDrawingOrder`, as the shared `readNotes`). */
export function notesStore(doc: Y.Doc): NotesStore {
  return EntriesStore.of(doc, 'notes', byDrawingOrder);
}
