import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { parseLink, type Link } from '../schema/Link.js';
import { readNotes } from './readNotes.js';

/** A note of a problem tree, with the notes that hang from it, further from the problem. */
export interface ProblemTreeNode {
  id: string;
  /** how it hangs from its parent: a cause of it, or a consequence of it */
  kind: 'cause' | 'consequence';
  children: ProblemTreeNode[];
}

/** The problem (trunk), its causes (roots, drawn below) and its consequences (branches, drawn above). */
export interface ProblemTree {
  problem: string;
  causes: ProblemTreeNode[];
  consequences: ProblemTreeNode[];
  /** every note of the tree, each once: the problem, then breadth first, left to right */
  ids: string[];
}

/** What the tree needs of a note: the problem's age breaks ties, x orders siblings. */
export interface NoteRef {
  id: string;
  x: number;
  createdAt: number;
}

/** Typed links of a note, one edge per link, as the walks see them. */
interface Edge {
  other: string;
  kind: 'cause' | 'consequence';
}

/**
 * The problem tree a note belongs to, read from plain notes and links (the same answer on
 * every client). A typed link always points from what leads to what follows: `cause` from a
 * cause to its problem, `consequence` from the problem to a consequence; `plain` links and
 * links to missing notes are ignored.
 *
 * The problem is found by walking toward it — along cause links, back along consequence links
 * — to a note that has nowhere further to go: no outgoing cause and no incoming consequence.
 * When a note leads to several such notes (a note that is both the cause of one problem and the
 * consequence of another, or a cause shared by two trees) the one with the largest tree wins,
 * then the oldest note, then the smallest id; if the walk only finds a cycle, the note itself is
 * the problem. The tree is then every note whose walk reaches the problem, each once, hanging
 * from the parent nearest the problem: a board's other trees, whose notes never reach this
 * problem, are not part of it. Children keep the left-to-right order they have on the board.
 */
export function findProblemTree(notes: readonly NoteRef[], links: readonly Link[], noteId: string): ProblemTree | null {
  const byId = new Map(notes.map((n) => [n.id, n]));
  if (!byId.has(noteId)) return null;
  // toward: the next notes on the way to the problem; from: the notes that hang from a note
  const toward = new Map<string, string[]>();
  const from = new Map<string, Edge[]>();
  for (const link of links) {
    if (link.kind === 'plain' || !byId.has(link.from) || !byId.has(link.to)) continue;
    const [child, parent] = link.kind === 'cause' ? [link.from, link.to] : [link.to, link.from];
    push(toward, child, parent);
    push(from, parent, { other: child, kind: link.kind });
  }
  const candidates = reachable(noteId, (id) => toward.get(id) ?? []).filter((id) => !toward.has(id));
  const trees = candidates.map((id) => hangingTree(id, from, byId));
  if (trees.length === 0) return hangingTree(noteId, from, byId);
  const age = (t: ProblemTree): number => byId.get(t.problem)!.createdAt;
  trees.sort((a, b) => b.ids.length - a.ids.length || age(a) - age(b) || (a.problem < b.problem ? -1 : 1));
  return trees[0]!;
}

/** The problem tree of a note of the board `doc`, or null when the note does not exist; `notes` if already read. */
export function readProblemTree(doc: Y.Doc, noteId: string, notes: readonly NoteRef[] = readNotes(doc)): ProblemTree | null {
  const links: Link[] = [];
  for (const value of boardMaps(doc).links.values()) {
    const link = parseLink(value);
    if (link) links.push(link);
  }
  return findProblemTree(notes, links, noteId);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function reachable(start: string, next: (id: string) => readonly string[]): string[] {
  const seen = new Set([start]);
  const order = [start];
  for (let i = 0; i < order.length; i++) {
    for (const id of next(order[i]!)) {
      if (!seen.has(id)) {
        seen.add(id);
        order.push(id);
      }
    }
  }
  return order;
}

/** Breadth first from the problem, so each note hangs from the parent nearest the problem. */
function hangingTree(problem: string, from: ReadonlyMap<string, Edge[]>, byId: ReadonlyMap<string, NoteRef>): ProblemTree {
  const tree: ProblemTree = { problem, causes: [], consequences: [], ids: [problem] };
  const seen = new Set([problem]);
  const queue: ProblemTreeNode[] = [];
  const hang = (parent: string, place: (kind: Edge['kind']) => ProblemTreeNode[]): void => {
    const edges = [...(from.get(parent) ?? [])].sort(
      // a full order, since clients may hold the links in different orders; a note tied both ways hangs as a cause
      (a, b) => byId.get(a.other)!.x - byId.get(b.other)!.x || (a.other < b.other ? -1 : a.other > b.other ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
    );
    for (const { other, kind } of edges) {
      if (seen.has(other)) continue;
      seen.add(other);
      tree.ids.push(other);
      const node: ProblemTreeNode = { id: other, kind, children: [] };
      place(kind).push(node);
      queue.push(node);
    }
  };
  hang(problem, (kind) => (kind === 'cause' ? tree.causes : tree.consequences));
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    hang(node.id, () => node.children);
  }
  return tree;
}
