import { findProblemTree, frameHoldsNote, readingOrder, type Frame, type Group, type Link, type Note, type ProblemTreeNode } from '@essaim/shared';

/** A cluster as the outline shows it: its notes lying in one zone (a cluster across zones shows in each). */
export interface OutlineCluster {
  group: Group;
  notes: Note[];
}

/** A zone and what lies in it; `frame` null is « Hors zone », the notes in no zone. */
export interface OutlineZone {
  frame: Frame | null;
  clusters: OutlineCluster[];
  /** the notes in no cluster */
  notes: Note[];
}

/** A note of a problem tree and the notes hanging from it (its causes, its consequences). */
export interface OutlineTreeNode {
  note: Note;
  kind: 'cause' | 'consequence';
  children: OutlineTreeNode[];
}

export interface OutlineTree {
  problem: Note;
  causes: OutlineTreeNode[];
  consequences: OutlineTreeNode[];
}

/** The whole board as a structured list: zones → clusters → notes, then each problem tree. */
export interface Outline {
  /** the zones in reading order, then « Hors zone » when some note lies in none */
  zones: OutlineZone[];
  trees: OutlineTree[];
}

export interface OutlineInput {
  notes: readonly Note[];
  frames: readonly Frame[];
  groups: readonly Group[];
  links: readonly Link[];
}

/** `items` in reading order (lines top to bottom, each left to right), by the rectangle of each. */
function inReadingOrder<T>(items: readonly T[], rectOf: (item: T) => { x: number; y: number; width: number; height: number }): T[] {
  return readingOrder(items.map(rectOf)).map((i) => items[i]!);
}

/** The zone a note lies in: the smallest that holds its centre (a zone drawn inside another is the nearer one). */
function zoneOf(note: Note, frames: readonly Frame[]): Frame | null {
  let best: Frame | null = null;
  for (const frame of frames) {
    if (frameHoldsNote(frame, note) && (!best || frame.width * frame.height < best.width * best.height)) best = frame;
  }
  return best;
}

function zoneOutline(frame: Frame | null, notes: readonly Note[], groups: ReadonlyMap<string, Group>): OutlineZone {
  const loose: Note[] = [];
  const byGroup = new Map<string, Note[]>();
  for (const note of inReadingOrder(notes, (n) => n)) {
    const group = note.groupId ? groups.get(note.groupId) : undefined;
    if (!group) loose.push(note);
    else if (byGroup.has(group.id)) byGroup.get(group.id)!.push(note);
    else byGroup.set(group.id, [note]);
  }
  // clusters in the order their first notes are read
  const clusters = [...byGroup].map(([id, members]) => ({ group: groups.get(id)!, notes: members }));
  return { frame, clusters, notes: loose };
}

/**
 * The problem trees of the board, each once: one per problem — a note with typed links that
 * leads nowhere further (no cause link out of it, no consequence link into it) — then, for
 * notes whose typed links only go round in a cycle, one tree from the oldest of them. A cause
 * shared by two problems shows in both trees. The walks keep a set of seen notes, so a cycle
 * never loops.
 */
export function outlineTrees(notes: readonly Note[], links: readonly Link[]): OutlineTree[] {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const typed = new Set<string>();
  const leadsOn = new Set<string>();
  for (const link of links) {
    if (link.kind === 'plain' || !byId.has(link.from) || !byId.has(link.to) || link.from === link.to) continue;
    typed.add(link.from).add(link.to);
    leadsOn.add(link.kind === 'cause' ? link.from : link.to);
  }
  const oldestFirst = [...typed].map((id) => byId.get(id)!).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const problems = oldestFirst.filter((n) => !leadsOn.has(n.id));
  const covered = new Set<string>();
  const trees: OutlineTree[] = [];
  const add = (start: Note): void => {
    const tree = findProblemTree(notes, links, start.id);
    if (!tree) return;
    for (const id of tree.ids) covered.add(id);
    const node = (n: ProblemTreeNode): OutlineTreeNode => ({ note: byId.get(n.id)!, kind: n.kind, children: n.children.map(node) });
    trees.push({ problem: byId.get(tree.problem)!, causes: tree.causes.map(node), consequences: tree.consequences.map(node) });
  };
  for (const problem of problems) add(problem);
  for (const note of oldestFirst) if (!covered.has(note.id)) add(note);
  const cyclic = trees.splice(problems.length);
  return [...inReadingOrder(trees, (t) => t.problem), ...cyclic];
}

/** The outline of a board; pure, so every client reads the same list from the same board. */
export function buildOutline({ notes, frames, groups, links }: OutlineInput): Outline {
  const groupsById = new Map(groups.map((g) => [g.id, g]));
  const inZone = new Map<Frame | null, Note[]>();
  for (const note of notes) {
    const zone = zoneOf(note, frames);
    if (inZone.has(zone)) inZone.get(zone)!.push(note);
    else inZone.set(zone, [note]);
  }
  const zones = inReadingOrder(frames, (f) => f).map((frame) => zoneOutline(frame, inZone.get(frame) ?? [], groupsById));
  const outside = inZone.get(null);
  if (outside) zones.push(zoneOutline(null, outside, groupsById));
  return { zones, trees: outlineTrees(notes, links) };
}
