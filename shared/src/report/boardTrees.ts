import { findProblemTree, type ProblemTree } from '../ops/readProblemTree.js';
import type { Link } from '../schema/Link.js';
import type { Note } from '../schema/Note.js';
import { inReadingOrder } from './noteSections.js';

/** Problem trees a board's report outlines at most. */
export const REPORT_TREES_MAX = 100;

const oldestFirst = (a: Note, b: Note): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every problem tree of a board, as `findProblemTree` reads each: one per problem — a note with
 * typed links that leads nowhere further (no cause link out of it, no consequence link into it) —
 * in the reading order of the problems; then, for notes whose typed links only go round in a
 * cycle, one tree from the oldest note of that cycle. A cause shared by two problems shows in
 * both trees; within a tree each note shows once. Each tree is read from the notes and links of
 * its own connected part of the board only, so a board of many small trees stays linear; past
 * `REPORT_TREES_MAX` trees (one cause shared by thousands of problems, each tree a walk of the whole
 * part) the rest are left out — their notes are in the report's other lists.
 */
export function boardTrees(notes: readonly Note[], links: readonly Link[]): ProblemTree[] {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const typed = links.filter((l) => l.kind !== 'plain' && l.from !== l.to && byId.has(l.from) && byId.has(l.to));
  if (typed.length === 0) return [];
  // toward: the next notes on the way to the problem; part: union-find of the connected parts
  const toward = new Map<string, string[]>();
  const part = new Map<string, string>();
  const find = (id: string): string => {
    if (!part.has(id)) part.set(id, id);
    let root = id;
    while (part.get(root) !== root) root = part.get(root)!;
    for (let at = id; at !== root; ) {
      const next = part.get(at)!;
      part.set(at, root);
      at = next;
    }
    return root;
  };
  for (const link of typed) {
    const [child, next] = link.kind === 'cause' ? [link.from, link.to] : [link.to, link.from];
    push(toward, child, next);
    const a = find(link.from);
    const b = find(link.to);
    if (a !== b) part.set(a, b);
  }
  const partNotes = new Map<string, Note[]>();
  const partLinks = new Map<string, Link[]>();
  for (const id of part.keys()) push(partNotes, find(id), byId.get(id)!);
  for (const link of typed) push(partLinks, find(link.from), link);

  const rooted: ProblemTree[] = [];
  const cyclic: ProblemTree[] = [];
  for (const [key, members] of partNotes) {
    members.sort(oldestFirst);
    const partLinksOf = partLinks.get(key)!;
    const covered = new Set<string>();
    const add = (problem: string, to: ProblemTree[]): void => {
      const tree = findProblemTree(members, partLinksOf, problem)!;
      for (const id of tree.ids) covered.add(id);
      to.push(tree);
    };
    for (const note of members) {
      if (rooted.length + cyclic.length >= REPORT_TREES_MAX) break;
      if (!toward.has(note.id)) add(note.id, rooted);
    }
    // what is left reaches no problem: every walk toward one ends in a cycle
    for (const note of members) {
      if (rooted.length + cyclic.length >= REPORT_TREES_MAX) break;
      if (!covered.has(note.id)) add(cycleNote(note.id, toward, byId), cyclic);
    }
  }
  const problemOf = (t: ProblemTree): Note & { tree: ProblemTree } => ({ ...byId.get(t.problem)!, tree: t });
  return [...inReadingOrder(rooted.map(problemOf)), ...inReadingOrder(cyclic.map(problemOf))].map((p) => p.tree);
}

/** Walks toward the problem (always the smallest id, so every reader walks alike) until a note repeats; the oldest note of that cycle. */
function cycleNote(start: string, toward: ReadonlyMap<string, string[]>, byId: ReadonlyMap<string, Note>): string {
  const seenAt = new Map<string, number>();
  const path: string[] = [];
  let id = start;
  while (!seenAt.has(id)) {
    seenAt.set(id, path.length);
    path.push(id);
    id = toward.get(id)!.reduce((a, b) => (b < a ? b : a));
  }
  return path
    .slice(seenAt.get(id))
    .map((c) => byId.get(c)!)
    .sort(oldestFirst)[0]!.id;
}
