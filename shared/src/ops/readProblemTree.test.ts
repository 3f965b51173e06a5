import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import type { Link, LinkKind } from '../schema/Link.js';
import { createNote } from './createNote.js';
import { findProblemTree, readProblemTree, type ProblemTreeNode } from './readProblemTree.js';

const note = (id: string, x = 0, createdAt = 1) => ({ id, x, createdAt });
let linkCount = 0;
const link = (from: string, kind: LinkKind, to: string): Link => ({ id: `l${++linkCount}`, from, to, kind });

/** The tree as nested plain lists: `[id, kind, children]`. */
const shape = (nodes: ProblemTreeNode[]): unknown[] => nodes.map((n) => [n.id, n.kind, shape(n.children)]);

describe('findProblemTree', () => {
  const notes = [note('p', 500), note('c1', 100), note('c2', 900), note('c11', 0), note('q1', 300), note('q11', 300), note('other', 0)];
  const links = [
    link('c2', 'cause', 'p'),
    link('c1', 'cause', 'p'),
    link('c11', 'cause', 'c1'),
    link('p', 'consequence', 'q1'),
    link('q1', 'consequence', 'q11'),
    link('other', 'plain', 'p'),
    link('ghost', 'cause', 'p'),
  ];

  it('finds the same tree from any of its notes: causes below, consequences above, in board order', () => {
    for (const start of ['p', 'c11', 'c2', 'q11']) {
      const tree = findProblemTree(notes, links, start)!;
      expect(tree.problem, start).toBe('p');
      expect(shape(tree.causes)).toEqual([['c1', 'cause', [['c11', 'cause', []]]], ['c2', 'cause', []]]);
      expect(shape(tree.consequences)).toEqual([['q1', 'consequence', [['q11', 'consequence', []]]]]);
      expect(tree.ids, 'breadth first, left to right').toEqual(['p', 'c1', 'q1', 'c2', 'c11', 'q11']);
    }
  });

  it('ignores plain links and links to missing notes; a lone note is its own tree', () => {
    expect(findProblemTree(notes, links, 'other')).toEqual({ problem: 'other', causes: [], consequences: [], ids: ['other'] });
    expect(findProblemTree(notes, links, 'ghost')).toBeNull();
  });

  it('keeps two trees apart, and a cause shared by both belongs to the tree it is arranged from', () => {
    const two = [...notes, note('p2', 2000), note('c21', 2000), note('shared', 1000)];
    const more = [...links, link('c21', 'cause', 'p2'), link('shared', 'cause', 'p'), link('shared', 'cause', 'p2')];
    expect(findProblemTree(two, more, 'c21')!.ids).toEqual(['p2', 'shared', 'c21']);
    expect(findProblemTree(two, more, 'c11')!.ids).not.toContain('p2');
    // from the shared cause itself, the larger tree wins
    expect(findProblemTree(two, more, 'shared')!.problem).toBe('p');
  });

  it('a note that is both a cause and a consequence leads to the larger tree, then the older problem', () => {
    // x is a cause of a and a consequence of b: both are problems
    const board = [note('a', 0, 5), note('b', 0, 9), note('x'), note('a1'), note('b1'), note('b2')];
    const tied = [link('x', 'cause', 'a'), link('b', 'consequence', 'x'), link('a1', 'cause', 'a'), link('b1', 'cause', 'b')];
    expect(findProblemTree(board, tied, 'x')!.problem).toBe('a');
    expect(findProblemTree(board, [...tied, link('b2', 'cause', 'b')], 'x')!.problem).toBe('b');
  });

  it('survives cycles: with no way out, the note asked about is the problem, each note once', () => {
    const board = [note('a', 0), note('b', 100), note('c', 200)];
    const cycle = [link('a', 'cause', 'b'), link('b', 'cause', 'c'), link('c', 'cause', 'a'), link('b', 'consequence', 'a')];
    const tree = findProblemTree(board, cycle, 'a')!;
    expect(tree.problem).toBe('a');
    expect([...tree.ids].sort()).toEqual(['a', 'b', 'c']);
    expect(shape(tree.causes)).toEqual([['c', 'cause', [['b', 'cause', []]]]]);
  });

  it('a note tied to its parent both ways hangs once, as a cause', () => {
    const board = [note('p'), note('x')];
    const tree = findProblemTree(board, [link('p', 'consequence', 'x'), link('x', 'cause', 'p')], 'p')!;
    expect(shape(tree.causes)).toEqual([['x', 'cause', []]]);
    expect(tree.consequences).toEqual([]);
  });
});

describe('readProblemTree', () => {
  it('reads the notes and links of a board', () => {
    const doc = new Y.Doc();
    const ctx = { authorId: 'p-lina', now: 1 };
    createNote(doc, { id: 'p', x: 0, y: 0 }, ctx);
    createNote(doc, { id: 'c', x: 0, y: 300 }, ctx);
    boardMaps(doc).links.set('l', { id: 'l', from: 'c', to: 'p', kind: 'cause' });
    boardMaps(doc).links.set('bad', { id: 'bad', from: 'c', to: 'c', kind: 'cause' });
    expect(readProblemTree(doc, 'c')).toEqual({ problem: 'p', causes: [{ id: 'c', kind: 'cause', children: [] }], consequences: [], ids: ['p', 'c'] });
    expect(readProblemTree(doc, 'missing')).toBeNull();
  });
});
