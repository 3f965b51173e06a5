import * as Y from 'yjs';
import { TREE_LEVEL_GAP, TREE_SIBLING_GAP } from '../geometry/layoutTree.js';
import { boundsOf, rectsIntersect, type Rect } from '../geometry/Rect.js';
import { boardMaps } from '../schema/boardMaps.js';
import type { Link } from '../schema/Link.js';
import { NOTE_DEFAULT_SIZE, type Note } from '../schema/Note.js';
import type { NoteColor } from '../schema/noteColors.js';
import { createLink } from './createLink.js';
import { createNote } from './createNote.js';
import type { NoteContext } from './NoteContext.js';
import { readNotes } from './readNotes.js';

export interface AddLinkedNoteInput {
  /** the note the new one is a cause or a consequence of */
  fromNoteId: string;
  kind: 'cause' | 'consequence';
  /** ids of the new note and of its link */
  id: string;
  linkId: string;
  color?: NoteColor;
  text?: string;
}

/** How far along a row, then how many rows further out, a new note looks for room. */
const SPOTS_PER_ROW = 12;
const ROWS = 8;

/**
 * « Ajouter une cause » / « Ajouter une conséquence »: a new note already linked to its parent
 * (`cause`: from the new note to the parent; `consequence`: from the parent to the new note),
 * placed in the row below the parent for a cause, above it for a consequence — beside its
 * siblings if the spot under the parent is taken, further out if the row is full — without
 * covering any note. One transaction; null (and no change) if the parent is gone or an id is taken.
 */
export function addLinkedNote(doc: Y.Doc, input: AddLinkedNoteInput, ctx: NoteContext): { note: Note; link: Link } | null {
  const notes = readNotes(doc);
  const parent = notes.find((n) => n.id === input.fromNoteId);
  // fresh ids only: writing over an existing note or link is never what « Ajouter » means
  if (!parent || notes.some((n) => n.id === input.id) || boardMaps(doc).links.has(input.linkId)) return null;
  const centre = linkedNoteSpot(notes, parent, input.kind);
  const ends = input.kind === 'cause' ? { from: input.id, to: parent.id } : { from: parent.id, to: input.id };
  let added: { note: Note; link: Link } | null = null;
  doc.transact(() => {
    const note = createNote(doc, { id: input.id, ...centre, color: input.color ?? parent.color, text: input.text ?? '' }, ctx);
    const link = createLink(doc, { id: input.linkId, ...ends, kind: input.kind });
    added = link && { note, link };
  });
  return added;
}

/** Centre of a free default-sized spot on the parent's cause (below) or consequence (above) side. */
export function linkedNoteSpot(notes: readonly Rect[], parent: Rect, kind: 'cause' | 'consequence'): { x: number; y: number } {
  const size = NOTE_DEFAULT_SIZE;
  const stepX = size + TREE_SIBLING_GAP;
  const stepY = size + TREE_LEVEL_GAP;
  const centreX = parent.x + parent.width / 2;
  const firstY = kind === 'cause' ? parent.y + parent.height + TREE_LEVEL_GAP + size / 2 : parent.y - TREE_LEVEL_GAP - size / 2;
  // keep half a gap clear all round, so the new note never touches a neighbour
  const clear = size + TREE_SIBLING_GAP;
  const free = (x: number, y: number): boolean => {
    const rect = { x: x - clear / 2, y: y - clear / 2, width: clear, height: clear };
    return !notes.some((n) => rectsIntersect(rect, n));
  };
  for (let row = 0; row < ROWS; row++) {
    const y = firstY + (kind === 'cause' ? row : -row) * stepY;
    // under the parent, then right and left in turn, right first: siblings read left to right
    for (let k = 0; k < SPOTS_PER_ROW; k++) {
      const x = centreX + (k % 2 === 1 ? (k + 1) / 2 : -k / 2) * stepX;
      if (free(x, y)) return { x: Math.round(x), y: Math.round(y) };
    }
  }
  // a crowded board: beyond every note, still on the parent's side
  const bounds = boundsOf(notes) ?? parent;
  const y = kind === 'cause' ? bounds.y + bounds.height + clear / 2 : bounds.y - clear / 2;
  return { x: Math.round(centreX), y: Math.round(y) };
}
