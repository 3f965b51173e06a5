import type { ProblemTree, ProblemTreeNode } from '../ops/readProblemTree.js';
import type { ReportNote, ReportTree, ReportTreeNode } from './Report.js';

/**
 * A problem tree as the report prints it: the problem, its causes (each with what hangs from it
 * as children) and its consequences (likewise). `notes` must hold every note of the tree.
 */
export function treeOutline(tree: ProblemTree, notes: ReadonlyMap<string, ReportNote>): ReportTree {
  const node = (n: ProblemTreeNode): ReportTreeNode => ({ note: notes.get(n.id)!, children: n.children.map(node) });
  return { problem: notes.get(tree.problem)!, causes: tree.causes.map(node), consequences: tree.consequences.map(node) };
}
