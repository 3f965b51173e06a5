import { boundsOf, clipFromText, clipText, copyNotes, GRID_GAP, planPaste, screenToBoard, type NoteClip, type NoteColor, type Point } from '@essaim/shared';
import { nanoid } from 'nanoid';
import type { BoardServices } from './BoardServices';
import { canCreateNotes } from './noteRights';
import { deleteSelection } from './deleteSelection';
import { selectMany } from './selection';
import { creationChanges } from './writeCheck';
import { sayRefused } from './sayRefused';

/** What « Copier » took, kept in the page (so a copy keeps its colours, sizes and links, from one room to another). */
interface Copied {
  clip: NoteClip;
  /** what went to the system clipboard: the same text pasted back means this clip */
  text: string;
}

let copied: Copied | null = null;
/** Successive pastes at one spot step aside, so each copy shows. */
let lastPaste: { centre: Point; count: number } | null = null;

/** Copies the selected notes and the links between them; the plain text (one note per line), or null when nothing is selected. */
export function copySelection(board: BoardServices): string | null {
  const ids = board.selection.get().ids;
  if (ids.size === 0) return null;
  const clip = copyNotes(board.notes.getSnapshot(), board.links.getSnapshot(), ids);
  if (clip.notes.length === 0) return null;
  copied = { clip, text: clipText(clip) };
  lastPaste = null;
  return copied.text;
}

/** « Couper »: copies, then deletes what this user may delete (asking first as « Supprimer » does). */
export function cutSelection(board: BoardServices): string | null {
  const text = copySelection(board);
  if (text !== null) deleteSelection(board);
  return text;
}

/** What a paste of `text` (the system clipboard's) means: this page's copy if it is the same text, else one note per line. */
export function clipForText(text: string | null, color: NoteColor): NoteClip | null {
  if (copied && (text === null || text === '' || normalise(text) === normalise(copied.text))) return copied.clip;
  if (!text) return null;
  const clip = clipFromText(text, color);
  return clip.notes.length > 0 ? clip : null;
}

const normalise = (text: string) => text.replace(/\r\n/g, '\n').trim();

/** Where a paste goes: the given board point, or the centre of the view; again at the same spot, a step aside. */
function pasteCentre(board: BoardServices, at?: Point): Point {
  const { width, height } = board.stageSize.get();
  const centre = at ?? screenToBoard(board.viewport.get(), { x: width / 2, y: height / 2 });
  if (lastPaste && Math.hypot(lastPaste.centre.x - centre.x, lastPaste.centre.y - centre.y) < 1) {
    lastPaste.count += 1;
  } else {
    lastPaste = { centre, count: 0 };
  }
  const step = lastPaste.count * GRID_GAP;
  return { x: centre.x + step, y: centre.y + step };
}

/** Writes a clip as new notes (new ids, this user as author) centred on `centre`, selects them; how many were made. */
function pasteClip(board: BoardServices, clip: NoteClip, centre: Point): number {
  if (!canCreateNotes(board.actor, board.policy.get())) {
    sayRefused(board, 'board is locked');
    return 0;
  }
  const planned = planPaste(clip, centre, nanoid, { authorId: board.actor.participantId, now: Date.now() });
  const reason = board.permits(creationChanges(planned.notes, planned.links));
  if (reason) {
    sayRefused(board, reason);
    return 0;
  }
  board.undo.stopCapturing();
  board.actions.putEntries(planned);
  board.undo.stopCapturing();
  board.selection.set((s) => selectMany(s, planned.notes.map((n) => n.id)));
  return planned.notes.length;
}

/** Pastes the system clipboard's text (or this page's copy) at `at` (board coordinates) or the centre of the view. */
export function pasteText(board: BoardServices, text: string | null, at?: Point): number {
  const clip = clipForText(text, board.ui.get().color);
  return clip ? pasteClip(board, clip, pasteCentre(board, at)) : 0;
}

/** « Dupliquer »: copies of the selected notes (and their links) just right of them; the clipboard is left alone. */
export function duplicateSelection(board: BoardServices): number {
  const ids = board.selection.get().ids;
  const clip = copyNotes(board.notes.getSnapshot(), board.links.getSnapshot(), ids);
  const bounds = boundsOf(clip.notes);
  if (!bounds) return 0;
  return pasteClip(board, clip, { x: bounds.x + bounds.width * 1.5 + GRID_GAP, y: bounds.y + bounds.height / 2 });
}

/** Whether a paste has something to paste without reading the system clipboard. */
export function hasCopiedNotes(): boolean {
  return copied !== null;
}
