import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { clampBoardCoordinate, clampNoteSize, NOTE_MAX_TEXT, parseNote, type Note } from '../schema/Note.js';
import type { NoteColor } from '../schema/noteColors.js';

export interface NotePatch {
  text?: string;
  color?: NoteColor;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  /** a category of the board, or null: none */
  categoryId?: string | null;
  /** stacking order: higher is drawn above */
  z?: number;
}

function applyPatch(note: Note, patch: NotePatch, now: number): Note {
  const next: Note = { ...note, updatedAt: now };
  if (patch.text !== undefined) next.text = patch.text.slice(0, NOTE_MAX_TEXT);
  if (patch.color !== undefined) next.color = patch.color;
  if (patch.x !== undefined) next.x = clampBoardCoordinate(Math.round(patch.x));
  if (patch.y !== undefined) next.y = clampBoardCoordinate(Math.round(patch.y));
  if (patch.width !== undefined) next.width = clampNoteSize(Math.round(patch.width));
  if (patch.height !== undefined) next.height = clampNoteSize(Math.round(patch.height));
  if (patch.z !== undefined) next.z = Math.max(0, Math.round(patch.z));
  if (patch.categoryId === null) delete next.categoryId;
  else if (patch.categoryId !== undefined) next.categoryId = patch.categoryId;
  return next;
}

/**
 * Replaces each listed note with its patched copy, in one transaction, so a group move or a
 * colour change of a selection reaches the others as one change. Unknown ids are skipped;
 * returns how many notes changed.
 */
export function updateNotes(doc: Y.Doc, patches: ReadonlyMap<string, NotePatch>, now: number): number {
  const { notes } = boardMaps(doc);
  let changed = 0;
  doc.transact(() => {
    for (const [id, patch] of patches) {
      const current = parseNote(notes.get(id));
      if (!current) continue;
      notes.set(id, applyPatch(current, patch, now));
      changed++;
    }
  });
  return changed;
}

/** Convenience for the common single-note edit. */
export function updateNote(doc: Y.Doc, id: string, patch: NotePatch, now: number): boolean {
  return updateNotes(doc, new Map([[id, patch]]), now) === 1;
}
