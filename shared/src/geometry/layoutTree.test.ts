import { describe, expect, it } from 'vitest';
import { layoutTree, TREE_LEVEL_GAP, type TreeLayoutInput } from './layoutTree.js';
import { rectsIntersect, type Rect } from './Rect.js';

/** A small seeded generator, so a failing seed can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RandomTree {
  input: TreeLayoutInput;
  parent: Map<string, string>;
  side: Map<string, 'below' | 'above'>;
}

/** A random two-sided tree of `count` nodes, sizes from 60 to 600 (sometimes very wide or tall). */
function randomTree(seed: number, count: number): RandomTree {
  const rnd = random(seed);
  const dimension = (): number => (rnd() < 0.1 ? 300 + Math.round(rnd() * 300) : 60 + Math.round(rnd() * 200));
  const sizes = new Map<string, { width: number; height: number }>([['root', { width: dimension(), height: dimension() }]]);
  const children = new Map<string, string[]>();
  const below: string[] = [];
  const above: string[] = [];
  const parent = new Map<string, string>();
  const side = new Map<string, 'below' | 'above'>();
  const ids = ['root'];
  for (let i = 1; i < count; i++) {
    const id = `n${i}`;
    // Favour recent nodes as parents, so some trees are deep and some bushy.
    const p = ids[rnd() < 0.5 ? ids.length - 1 - Math.floor(rnd() * Math.min(5, ids.length)) : Math.floor(rnd() * ids.length)]!;
    sizes.set(id, { width: dimension(), height: dimension() });
    if (p === 'root') {
      const s = rnd() < 0.5 ? 'below' : 'above';
      (s === 'below' ? below : above).push(id);
      side.set(id, s);
    } else {
      children.set(p, [...(children.get(p) ?? []), id]);
      side.set(id, side.get(p)!);
    }
    parent.set(id, p);
    ids.push(id);
  }
  return { input: { root: 'root', below, above, children, sizes, origin: { x: 1000, y: -500 } }, parent, side };
}

const boxes = (input: TreeLayoutInput, positions: Map<string, { x: number; y: number }>): Map<string, Rect> =>
  new Map([...positions].map(([id, p]) => [id, { ...p, ...input.sizes.get(id)! }]));

function overlaps(rects: Map<string, Rect>): string[] {
  const list = [...rects];
  const found: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) if (rectsIntersect(list[i]![1], list[j]![1])) found.push(`${list[i]![0]} × ${list[j]![0]}`);
  }
  return found;
}

describe('layoutTree', () => {
  it('places random trees of up to 200 nodes of varied sizes without any overlap, each side on its side of the root', () => {
    for (let seed = 1; seed <= 80; seed++) {
      // sizes from 2 to 200 nodes, and every tenth tree at the full 200
      const count = seed % 10 === 0 ? 200 : 2 + ((seed * 37) % 199);
      const { input, parent, side } = randomTree(seed, count);
      const positions = layoutTree(input);
      expect(positions.size, `seed ${seed}`).toBe(count);
      const rects = boxes(input, positions);
      expect(overlaps(rects), `seed ${seed}`).toEqual([]);
      const root = rects.get('root')!;
      expect(root, 'the root stays where it was').toMatchObject({ x: 1000, y: -500 });
      for (const [id, p] of parent) {
        const r = rects.get(id)!;
        const above = rects.get(p)!;
        if (side.get(id) === 'below') {
          expect(r.y, `seed ${seed}: ${id} under the root`).toBeGreaterThanOrEqual(root.y + root.height + TREE_LEVEL_GAP);
          expect(r.y, `seed ${seed}: ${id} under its parent`).toBeGreaterThanOrEqual(above.y + above.height);
        } else {
          expect(r.y + r.height, `seed ${seed}: ${id} over the root`).toBeLessThanOrEqual(root.y - TREE_LEVEL_GAP);
          expect(r.y + r.height, `seed ${seed}: ${id} over its parent`).toBeLessThanOrEqual(above.y);
        }
      }
    }
  }, 60_000);

  it('places each node once, at its shortest way from the root, through cycles and repeated children', () => {
    const size = { width: 100, height: 80 };
    const sizes = new Map(['p', 'a', 'b', 'c', 'q'].map((id) => [id, size]));
    const positions = layoutTree({
      root: 'p',
      below: ['a', 'b', 'a'],
      above: ['q', 'b'],
      // a → b → a is a cycle, c is reached from two nodes, p (the root) is a child again
      children: new Map([['a', ['b', 'c', 'p']], ['b', ['a', 'c']], ['q', ['c']]]),
      sizes,
    });
    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'c', 'p', 'q']);
    expect(overlaps(boxes({ root: 'p', below: [], above: [], children: new Map(), sizes }, positions))).toEqual([]);
    // b is a child of the root below, so it is not placed again above; c comes first through a, below
    expect(positions.get('b')!.y).toBe(80 + TREE_LEVEL_GAP);
    expect(positions.get('c')!.y).toBe(2 * (80 + TREE_LEVEL_GAP));
    expect(positions.get('q')!.y).toBe(-TREE_LEVEL_GAP - 80);
  });

  it('leaves out nodes without a size and what only they lead to', () => {
    const size = { width: 100, height: 100 };
    const positions = layoutTree({
      root: 'p',
      below: ['gone', 'a'],
      above: [],
      children: new Map([['gone', ['x']], ['a', ['y']]]),
      sizes: new Map(['p', 'a', 'x', 'y'].map((id) => [id, size])),
    });
    expect([...positions.keys()].sort()).toEqual(['a', 'p', 'y']);
  });

  it('lines up one generation in a row and centres a lone child under its parent', () => {
    const positions = layoutTree({
      root: 'p',
      below: ['a', 'b'],
      above: ['q'],
      children: new Map(),
      sizes: new Map([['p', { width: 200, height: 100 }], ['a', { width: 100, height: 60 }], ['b', { width: 300, height: 200 }], ['q', { width: 100, height: 60 }]]),
      siblingGap: 20,
      levelGap: 40,
    });
    expect(positions.get('a')!.y).toBe(140);
    expect(positions.get('b')!.y).toBe(140);
    expect(positions.get('b')!.x - (positions.get('a')!.x + 100)).toBe(20);
    expect(positions.get('q')).toEqual({ x: 50, y: -100 });
  });

  it('returns nothing for a root without a size', () => {
    expect(layoutTree({ root: 'p', below: ['a'], above: [], children: new Map(), sizes: new Map([['a', { width: 60, height: 60 }]]) }).size).toBe(0);
  });
});
