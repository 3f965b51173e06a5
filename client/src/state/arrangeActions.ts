import { addLinkedNote, arrangeProblemTree, pasteNotes, updateNotes, type Link, type Note, type NotePatch } from '@essaim/shared';
import { nanoid } from 'nanoid';
import type * as Y from 'yjs';

/** The writes of the problem tree, the clipboard and « Disposer »; part of `BoardActions`, each one transaction. */
export interface ArrangeActions {
  /** « Ajouter une cause / une conséquence »: a new note linked to `fromId` and placed; its id, or null when `fromId` is gone. */
  addLinkedNote(fromId: string, kind: 'cause' | 'consequence'): string | null;
  /** « Réorganiser »: lays out the whole problem tree of `noteId`; how many notes moved. */
  arrangeTree(noteId: string): number;
  /** Whole new notes and their links (a paste, a duplicate). */
  putEntries(entries: { notes: readonly Note[]; links: readonly Link[] }): void;
  /** Positions and stacking order of several notes (grid, align, front). */
  patchNotes(patches: ReadonlyMap<string, NotePatch>): void;
}

export function createArrangeActions(doc: Y.Doc, authorId: string): ArrangeActions {
  return {
    addLinkedNote(fromId, kind) {
      const added = addLinkedNote(doc, { fromNoteId: fromId, kind, id: nanoid(), linkId: nanoid() }, { authorId, now: Date.now() });
      return added?.note.id ?? null;
    },
    arrangeTree(noteId) {
      return arrangeProblemTree(doc, noteId, Date.now())?.moved.length ?? 0;
    },
    putEntries(entries) {
      if (entries.notes.length > 0) pasteNotes(doc, entries);
    },
    patchNotes(patches) {
      if (patches.size > 0) updateNotes(doc, patches, Date.now());
    },
  };
}
