import type { Frame, Group, Link } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { buildOutline, outlineTrees, type OutlineTreeNode } from './outline';
import { testNote } from './testBoard';

const frame = (id: string, x: number, y: number, width = 800, height = 600): Frame => ({ id, title: id, x, y, width, height, color: 'grey' });
const group = (id: string): Group => ({ id, title: id });
let linkCount = 0;
const link = (from: string, to: string, kind: Link['kind']): Link => ({ id: `l${++linkCount}`, from, to, kind });

/** A tree as nested ids, to compare whole shapes. */
const shape = (nodes: readonly OutlineTreeNode[]): unknown[] => nodes.map((n) => (n.children.length ? { [n.note.id]: shape(n.children) } : n.note.id));

describe('buildOutline', () => {
  it('lists zones in reading order, clusters inside them, and notes in no zone under « Hors zone »', () => {
    const notes = [
      testNote({ id: 'b2', x: 1300, y: 100, groupId: 'g1' }),
      testNote({ id: 'a1', x: 100, y: 100 }),
      testNote({ id: 'a3', x: 400, y: 100, groupId: 'g2' }),
      testNote({ id: 'a2', x: 100, y: 400, groupId: 'g2' }),
      testNote({ id: 'b1', x: 1100, y: 100, groupId: 'g1' }),
      testNote({ id: 'far', x: 5000, y: 5000 }),
      testNote({ id: 'lost', x: 300, y: 300, groupId: 'gone' }),
    ];
    const outline = buildOutline({ notes, frames: [frame('B', 1000, 0), frame('A', 0, 0)], groups: [group('g1'), group('g2')], links: [] });
    expect(outline.zones.map((z) => z.frame?.id ?? null)).toEqual(['A', 'B', null]);
    const [a, b, outside] = outline.zones;
    expect(a!.clusters.map((c) => [c.group.id, c.notes.map((n) => n.id)])).toEqual([['g2', ['a3', 'a2']]]);
    // a note whose cluster is gone is simply in its zone
    expect(a!.notes.map((n) => n.id)).toEqual(['a1', 'lost']);
    expect(b!.clusters.map((c) => c.notes.map((n) => n.id))).toEqual([['b1', 'b2']]);
    expect(b!.notes).toEqual([]);
    expect(outside!.notes.map((n) => n.id)).toEqual(['far']);
  });

  it('puts a note in the innermost zone, shows empty zones, and has no « Hors zone » when every note is in one', () => {
    const notes = [testNote({ id: 'n', x: 150, y: 150 })];
    const outline = buildOutline({ notes, frames: [frame('big', 0, 0, 2000, 2000), frame('small', 100, 100, 400, 400), frame('empty', 3000, 0)], groups: [], links: [] });
    expect(outline.zones.map((z) => [z.frame?.id, z.notes.map((n) => n.id)])).toEqual([
      ['big', []],
      ['small', ['n']],
      ['empty', []],
    ]);
  });

  it('shows a cluster spread over two zones in each, with its notes there', () => {
    const notes = [testNote({ id: 'in', x: 100, y: 100, groupId: 'g' }), testNote({ id: 'out', x: 2000, y: 100, groupId: 'g' })];
    const outline = buildOutline({ notes, frames: [frame('A', 0, 0)], groups: [group('g')], links: [] });
    expect(outline.zones.map((z) => z.clusters.map((c) => [c.group.id, c.notes.map((n) => n.id)]))).toEqual([[['g', ['in']]], [['g', ['out']]]]);
  });
});

describe('outlineTrees', () => {
  it('nests causes of causes and consequences under their problem', () => {
    const notes = ['p', 'c1', 'c2', 'c11', 'q1', 'q11'].map((id, i) => testNote({ id, x: i * 200, createdAt: i + 1 }));
    const links = [
      link('c1', 'p', 'cause'),
      link('c2', 'p', 'cause'),
      link('c11', 'c1', 'cause'),
      link('p', 'q1', 'consequence'),
      link('q1', 'q11', 'consequence'),
      link('c2', 'q1', 'plain'),
    ];
    const [tree, ...others] = outlineTrees(notes, links);
    expect(others).toEqual([]);
    expect(tree!.problem.id).toBe('p');
    expect(shape(tree!.causes)).toEqual([{ c1: ['c11'] }, 'c2']);
    expect(shape(tree!.consequences)).toEqual([{ q1: ['q11'] }]);
    expect(tree!.causes[0]!.children[0]!.kind).toBe('cause');
  });

  it('reads several trees in reading order and ignores plain links and notes without typed links', () => {
    const notes = [testNote({ id: 'p2', x: 900, createdAt: 1 }), testNote({ id: 'p1', x: 0, createdAt: 2 }), testNote({ id: 'a' }), testNote({ id: 'b' }), testNote({ id: 'alone', x: 50 })];
    const links = [link('a', 'p1', 'cause'), link('p2', 'b', 'consequence'), link('alone', 'p1', 'plain')];
    expect(outlineTrees(notes, links).map((t) => [t.problem.id, shape(t.causes), shape(t.consequences)])).toEqual([
      ['p1', ['a'], []],
      ['p2', [], ['b']],
    ]);
  });

  it('stays finite on cycles: a loop of causes makes one tree from its oldest note, each note once', () => {
    const notes = [testNote({ id: 'x', createdAt: 3 }), testNote({ id: 'y', createdAt: 1 }), testNote({ id: 'z', createdAt: 2 })];
    const links = [link('x', 'y', 'cause'), link('y', 'z', 'cause'), link('z', 'x', 'cause')];
    const trees = outlineTrees(notes, links);
    expect(trees).toHaveLength(1);
    expect(trees[0]!.problem.id).toBe('y');
    expect(shape(trees[0]!.causes)).toEqual([{ x: ['z'] }]);
  });

  it('keeps a problem whose tree also holds a cycle, and skips links to missing notes', () => {
    const notes = [testNote({ id: 'p' }), testNote({ id: 'a', x: 10 }), testNote({ id: 'b', x: 20 })];
    const links = [link('a', 'p', 'cause'), link('b', 'a', 'cause'), link('a', 'b', 'cause'), link('ghost', 'p', 'cause')];
    const trees = outlineTrees(notes, links);
    expect(trees.map((t) => t.problem.id)).toEqual(['p']);
    expect(shape(trees[0]!.causes)).toEqual([{ a: ['b'] }]);
  });
});
