import * as Y from 'yjs';
import { layoutTree } from '../geometry/layoutTree.js';
import type { Point } from '../geometry/pinch.js';
import type { Rect } from '../geometry/Rect.js';
import type { Note } from '../schema/Note.js';
import { readNotes } from './readNotes.js';
import { readProblemTree, type ProblemTree, type ProblemTreeNode } from './readProblemTree.js';
import { updateNotes, type NotePatch } from './updateNotes.js';

export interface TreeMove {
  id: string;
  from: Point;
  to: Point;
}

export interface ArrangedTree {
  problem: string;
  /** the notes that changed place (the others were already where the layout puts them) */
  moved: TreeMove[];
}

/**
 * « Réorganiser »: lays out the problem tree of `noteId` tidily — causes in rows below the
 * problem, consequences in rows above, no two notes overlapping — and moves its notes there in
 * one transaction, so everyone sees the whole tree change at once. The problem stays where it
 * is, so the tree does not jump; notes of other trees are not touched (nor avoided: a tree that
 * grows may come to lie over a note that is not part of it). Null if the note is gone.
 */
export function arrangeProblemTree(doc: Y.Doc, noteId: string, now: number): ArrangedTree | null {
  const list = readNotes(doc);
  const tree = readProblemTree(doc, noteId, list);
  if (!tree) return null;
  const notes = new Map(list.map((n) => [n.id, n]));
  const positions = problemTreeLayout(tree, notes);
  const moved: TreeMove[] = [];
  const patches = new Map<string, NotePatch>();
  for (const [id, to] of positions) {
    const note = notes.get(id)!;
    if (note.x === to.x && note.y === to.y) continue;
    moved.push({ id, from: { x: note.x, y: note.y }, to });
    patches.set(id, to);
  }
  if (patches.size > 0) updateNotes(doc, patches, now);
  return { problem: tree.problem, moved };
}

/** Where each note of `tree` goes, the problem staying at its place. */
export function problemTreeLayout(tree: ProblemTree, notes: ReadonlyMap<string, Note>): Map<string, Point> {
  const children = new Map<string, string[]>();
  const walk = (nodes: readonly ProblemTreeNode[]): void => {
    for (const node of nodes) {
      children.set(node.id, node.children.map((c) => c.id));
      walk(node.children);
    }
  };
  walk(tree.causes);
  walk(tree.consequences);
  const sizes = new Map<string, Pick<Rect, 'width' | 'height'>>();
  for (const id of tree.ids) {
    const note = notes.get(id);
    if (note) sizes.set(id, { width: note.width, height: note.height });
  }
  const problem = notes.get(tree.problem);
  return layoutTree({
    root: tree.problem,
    below: tree.causes.map((n) => n.id),
    above: tree.consequences.map((n) => n.id),
    children,
    sizes,
    origin: problem ? { x: problem.x, y: problem.y } : { x: 0, y: 0 },
  });
}
