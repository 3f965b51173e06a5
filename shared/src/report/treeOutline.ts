import type { ProblemTree, ProblemTreeNode } from '../ops/readProblemTree.js';
import type { ReportNote, ReportTree, ReportTreeNode } from './Report.js';

/** Outline levels past which what hangs lower is listed flat, at that level (a chain of 20,000 causes stays printable). */
export const OUTLINE_DEPTH_MAX = 40;

/**
 * A problem tree as the report prints it: the problem, its causes (each with what hangs from it
 * as children) and its consequences (likewise). `notes` must hold every note of the tree.
 * `printed`: the notes the board's earlier trees printed, shared by all of them — a cause several
 * problems share is printed under the first, so a board's outlines never hold more rows than it has
 * notes. Built with a stack, not by recursion.
 */
export function treeOutline(tree: ProblemTree, notes: ReadonlyMap<string, ReportNote>, printed: Set<string> = new Set()): ReportTree {
  printed.add(tree.problem);
  const outline = (roots: readonly ProblemTreeNode[]): ReportTreeNode[] => {
    const top: ReportTreeNode[] = [];
    const stack: { node: ProblemTreeNode; into: ReportTreeNode[]; depth: number }[] = [];
    const pushAll = (nodes: readonly ProblemTreeNode[], into: ReportTreeNode[], depth: number) => {
      for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, into, depth });
    };
    pushAll(roots, top, 1);
    while (stack.length > 0) {
      const { node, into, depth } = stack.pop()!;
      if (printed.has(node.id)) continue;
      printed.add(node.id);
      const row: ReportTreeNode = { note: notes.get(node.id)!, children: [] };
      into.push(row);
      if (depth < OUTLINE_DEPTH_MAX) pushAll(node.children, row.children, depth + 1);
      else pushAll(node.children, into, depth);
    }
    return top;
  };
  return { problem: notes.get(tree.problem)!, causes: outline(tree.causes), consequences: outline(tree.consequences) };
}
