import { flextree } from 'd3-flextree';
import type { Point } from './pinch.js';
import type { Rect } from './Rect.js';

type Size = Pick<Rect, 'width' | 'height'>;

/** Space between two neighbours of one row, and between two rows (room for the arrows). */
export const TREE_SIBLING_GAP = 32;
export const TREE_LEVEL_GAP = 64;

/**
 * A tree to lay out on two sides of its root, possibly read from an untidy graph: a walk
 * breadth first from the root places each node once, where it is first reached, so cycles and
 * nodes reachable twice are harmless; a node without a size is left out, with what only it leads to.
 */
export interface TreeLayoutInput {
  root: string;
  /** the root's children on the side that grows downward (a problem's causes) */
  below: readonly string[];
  /** the root's children on the side that grows upward (a problem's consequences) */
  above: readonly string[];
  /** children of every other node: further from the root, on that node's side */
  children: ReadonlyMap<string, readonly string[]>;
  sizes: ReadonlyMap<string, Size>;
  /** top-left of the root, which stays there; (0, 0) if not given */
  origin?: Point;
  siblingGap?: number;
  levelGap?: number;
}

type Branches = Map<string, string[]>;

/**
 * Top-left corners (integers) for a tidy tree of boxes of different sizes: the root at
 * `origin`, one side's rows under it and the other's mirrored above, each row as tall as its
 * tallest box so the nodes of one generation line up. Laid out by d3-flextree (a
 * Reingold–Tilford layout that knows each node's width), so no two boxes overlap.
 */
export function layoutTree(input: TreeLayoutInput): Map<string, Point> {
  const positions = new Map<string, Point>();
  if (!input.sizes.has(input.root)) return positions;
  const origin = input.origin ?? { x: 0, y: 0 };
  positions.set(input.root, { x: Math.round(origin.x), y: Math.round(origin.y) });
  const { below, above } = spanningTree(input);
  layoutSide(input, below, 'down', positions);
  layoutSide(input, above, 'up', positions);
  return positions;
}

/** Each side's children per node, every node once: breadth first, so a node takes its shortest way to the root. */
function spanningTree(input: TreeLayoutInput): { below: Branches; above: Branches } {
  const below: Branches = new Map([[input.root, []]]);
  const above: Branches = new Map([[input.root, []]]);
  const reached = new Set([input.root]);
  const queue = [
    ...input.below.map((id) => ({ id, parent: input.root, side: below })),
    ...input.above.map((id) => ({ id, parent: input.root, side: above })),
  ];
  for (let i = 0; i < queue.length; i++) {
    const { id, parent, side } = queue[i]!;
    if (reached.has(id) || !input.sizes.has(id)) continue;
    reached.add(id);
    side.get(parent)!.push(id);
    side.set(id, []);
    for (const child of input.children.get(id) ?? []) queue.push({ id: child, parent: id, side });
  }
  return { below, above };
}

function layoutSide(input: TreeLayoutInput, branches: Branches, grow: 'down' | 'up', out: Map<string, Point>): void {
  if (branches.get(input.root)!.length === 0) return;
  const siblingGap = input.siblingGap ?? TREE_SIBLING_GAP;
  const levelGap = input.levelGap ?? TREE_LEVEL_GAP;
  const size = (id: string): Size => input.sizes.get(id)!;
  // Each generation is one row as tall as its tallest box; the gaps are part of each extent, so
  // boxes that touch in the layout are a gap apart. Computed once: flextree reads a node's size
  // at every step of its contour walks.
  const extent = new Map<string, [number, number]>();
  for (let row = [input.root]; row.length > 0; row = row.flatMap((id) => branches.get(id)!)) {
    const height = Math.max(...row.map((id) => size(id).height));
    for (const id of row) extent.set(id, [size(id).width + siblingGap, height + levelGap]);
  }
  const layout = flextree<string>({ children: (id) => branches.get(id), nodeSize: (n) => extent.get(n.data)! });
  const tree = layout(layout.hierarchy(input.root));
  const origin = input.origin ?? { x: 0, y: 0 };
  const root = size(input.root);
  const centreX = origin.x + root.width / 2 - tree.x;
  for (const n of tree.descendants()) {
    if (n.depth === 0) continue;
    const { width, height } = size(n.data);
    // flextree's x is a node's centre and y its row's top edge; upward, rows are mirrored about the root's row.
    const y = grow === 'down' ? origin.y + n.y : origin.y + root.height - n.y - height;
    out.set(n.data, { x: Math.round(centreX + n.x - width / 2), y: Math.round(y) });
  }
}
