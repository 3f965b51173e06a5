import { findProblemTree, linkedNoteSpot, NOTE_DEFAULT_SIZE, panToShow, problemTreeLayout, type Link, type Note, type ProblemTree } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { startEditing } from './selection';
import { creationChanges, noteChanges } from './writeCheck';
import { sayRefused } from './sayRefused';

type TreeBoard = Pick<BoardServices, 'notes' | 'links' | 'permits'>;
export type LinkedKind = 'cause' | 'consequence';

/** The problem tree `noteId` is part of (a problem with at least one cause or consequence), or null. */
export function problemTreeOf(board: Pick<BoardServices, 'notes' | 'links'>, noteId: string): ProblemTree | null {
  const tree = findProblemTree(board.notes.getSnapshot(), board.links.getSnapshot(), noteId);
  return tree && tree.ids.length > 1 ? tree : null;
}

/** Why « Ajouter une cause / conséquence » would be refused on `noteId` (probed with the note and link it would write), or null. */
export function addLinkedRefusal(board: TreeBoard & Pick<BoardServices, 'actor'>, noteId: string, kind: LinkedKind): string | null {
  const parent = board.notes.get(noteId);
  if (!parent) return 'the note is gone';
  const centre = linkedNoteSpot(board.notes.getSnapshot(), parent, kind);
  const half = NOTE_DEFAULT_SIZE / 2;
  const now = Date.now();
  const note: Note = {
    id: 'probe-note', text: '', color: parent.color, x: centre.x - half, y: centre.y - half, width: NOTE_DEFAULT_SIZE, height: NOTE_DEFAULT_SIZE,
    authorId: board.actor.participantId, createdAt: now, updatedAt: now,
  };
  const link: Link = kind === 'cause' ? { id: 'probe-link', from: note.id, to: parent.id, kind } : { id: 'probe-link', from: parent.id, to: note.id, kind };
  return board.permits(creationChanges([note], [link]));
}

/** Creates the cause or consequence, placed and linked, and opens its editor; its id, or null when refused. */
export function addLinkedNote(board: BoardServices, noteId: string, kind: LinkedKind): string | null {
  const reason = addLinkedRefusal(board, noteId, kind);
  if (reason) {
    sayRefused(board, reason);
    return null;
  }
  board.undo.stopCapturing();
  const id = board.actions.addLinkedNote(noteId, kind);
  if (!id) return null;
  board.selection.set((s) => startEditing(s, id));
  const note = board.notes.get(id);
  if (note) board.viewport.set((v) => panToShow(v, note, board.stageSize.get(), 24));
  return id;
}

/** Why « Réorganiser » would be refused (it moves every note of the tree at once, or none), or null; also null when there is no tree. */
export function arrangeTreeRefusal(board: TreeBoard, noteId: string): string | null {
  const tree = problemTreeOf(board, noteId);
  if (!tree) return null;
  const notes = new Map(board.notes.getSnapshot().map((n) => [n.id, n]));
  const patches = new Map([...problemTreeLayout(tree, notes)].map(([id, p]) => [id, { x: p.x, y: p.y }]));
  return board.permits(noteChanges(board, patches));
}

/** Whether « Réorganiser » is offered on this note: part of a tree, and every move permitted. */
export function canArrangeTree(board: TreeBoard, noteId: string): boolean {
  return problemTreeOf(board, noteId) !== null && arrangeTreeRefusal(board, noteId) === null;
}

/** « Réorganiser »: the whole tree in one change everyone sees at once; false when there is no tree or it is refused. */
export function arrangeTree(board: BoardServices, noteId: string): boolean {
  if (!problemTreeOf(board, noteId)) return false;
  const reason = arrangeTreeRefusal(board, noteId);
  if (reason) {
    sayRefused(board, reason);
    return false;
  }
  board.undo.stopCapturing();
  board.actions.arrangeTree(noteId);
  board.undo.stopCapturing();
  return true;
}

/** The selected note a tree command acts on: the only one, or the first of the selection that is in a tree. */
export function treeNoteOfSelection(board: Pick<BoardServices, 'notes' | 'links' | 'selection'>): string | null {
  for (const id of board.selection.get().ids) if (problemTreeOf(board, id)) return id;
  return null;
}
