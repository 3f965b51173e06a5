import { alignRects, arrangeGrid, byDrawingOrder, type AlignEdge, type Note, type NotePatch, type Point } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { permittedSelection } from './boardCommands';
import { noteChanges } from './writeCheck';
import { sayRefused } from './sayRefused';

/** The selected notes this user may move (the others stay where they are), in drawing order. */
export function movableSelection(board: BoardServices): Note[] {
  return permittedSelection(board, 'move')
    .map((id) => board.notes.get(id))
    .filter((n): n is Note => n !== undefined)
    .sort(byDrawingOrder);
}

/** Writes the patches in one change (one undo step) if the rights table accepts them all; else says why. */
function write(board: BoardServices, patches: Map<string, NotePatch>): boolean {
  if (patches.size === 0) return false;
  const reason = board.permits(noteChanges(board, patches));
  if (reason) {
    sayRefused(board, reason);
    return false;
  }
  board.undo.stopCapturing();
  board.actions.patchNotes(patches);
  board.undo.stopCapturing();
  return true;
}

const moved = (notes: readonly Note[], places: readonly Point[]) =>
  new Map(notes.flatMap((n, i): [string, NotePatch][] => (places[i]!.x === n.x && places[i]!.y === n.y ? [] : [[n.id, { x: places[i]!.x, y: places[i]!.y }]])));

/** « Ranger en grille »: at least two notes. */
export function tidyIntoGrid(board: BoardServices): boolean {
  const notes = movableSelection(board);
  return notes.length >= 2 && write(board, moved(notes, arrangeGrid(notes)));
}

/** « Aligner »: at least two notes, on one edge or middle line of their bounds. */
export function alignSelection(board: BoardServices, edge: AlignEdge): boolean {
  const notes = movableSelection(board);
  return notes.length >= 2 && write(board, moved(notes, alignRects(notes, edge)));
}

/** The stacking orders that draw `notes` above every other note of the board, keeping their own order. */
export function frontOrders(all: readonly Note[], notes: readonly Note[]): Map<string, NotePatch> {
  const chosen = new Set(notes.map((n) => n.id));
  const top = Math.max(0, ...all.filter((n) => !chosen.has(n.id)).map((n) => n.z ?? 0));
  const patches = new Map<string, NotePatch>();
  // already above all the others, in this order: nothing to write
  const sorted = [...notes].sort(byDrawingOrder);
  if (sorted.every((n, i) => (n.z ?? 0) > top && (i === 0 || (n.z ?? 0) > (sorted[i - 1]!.z ?? 0)))) return patches;
  sorted.forEach((n, i) => patches.set(n.id, { z: top + 1 + i }));
  return patches;
}

/** « Mettre au premier plan »: one note or more. */
export function bringToFront(board: BoardServices): boolean {
  const notes = movableSelection(board);
  return notes.length > 0 && write(board, frontOrders(board.notes.getSnapshot(), notes));
}
