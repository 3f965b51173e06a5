import { describe, expect, it } from 'vitest';
import { rectsIntersect, type Rect } from '../geometry/Rect.js';
import { layoutReveal, REVEAL_COLUMN_MAX, type RevealDraft, type RevealLayout } from './layoutReveal.js';

const ZONE: Rect = { x: 0, y: 0, width: 1200, height: 1200 };

function draft(id: string, authorId: string, createdAt: number, size = 160): RevealDraft {
  return { id, authorId, createdAt, width: size, height: size };
}

/** The placed drafts as rectangles, by id. */
function placed(layout: RevealLayout, drafts: readonly RevealDraft[]): Map<string, Rect> {
  return new Map(drafts.map((d) => [d.id, { ...layout.positions.get(d.id)!, width: d.width, height: d.height }]));
}

function expectNoOverlap(rects: readonly Rect[], obstacles: readonly Rect[] = []): void {
  rects.forEach((a, i) => {
    for (const b of rects.slice(i + 1)) expect(rectsIntersect(a, b), `${JSON.stringify(a)} over ${JSON.stringify(b)}`).toBe(false);
    for (const o of obstacles) expect(rectsIntersect(a, o), `${JSON.stringify(a)} over the note at ${JSON.stringify(o)}`).toBe(false);
  });
}

const inside = (r: Rect, area: Rect): boolean => r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;

/** A seeded generator (mulberry32), so a shuffle is the same at each run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('layoutReveal', () => {
  it('gives each author a column, authors in the order of their first draft, each column oldest first', () => {
    const drafts = [draft('m2', 'marc', 50), draft('l1', 'lina', 20), draft('m1', 'marc', 10), draft('s1', 'sami', 30), draft('l2', 'lina', 40)];
    const layout = layoutReveal({ drafts, area: ZONE, obstacles: [], order: 'author', titleSpace: 56 });
    const at = placed(layout, drafts);
    // one x per author, left to right: Marc (10), Lina (20), Sami (30)
    expect(at.get('m1')!.x).toBe(at.get('m2')!.x);
    expect(at.get('l1')!.x).toBe(at.get('l2')!.x);
    expect(at.get('m1')!.x).toBeLessThan(at.get('l1')!.x);
    expect(at.get('l1')!.x).toBeLessThan(at.get('s1')!.x);
    expect(at.get('m1')!.y).toBeLessThan(at.get('m2')!.y);
    // below the zone's title, inside the zone, which keeps its size
    expect(Math.min(...[...at.values()].map((r) => r.y))).toBeGreaterThanOrEqual(56);
    for (const r of at.values()) expect(inside(r, ZONE)).toBe(true);
    expect(layout.area).toEqual(ZONE);
    expectNoOverlap([...at.values()]);
  });

  it('starts below the notes already in the zone and grows the zone downward when the drafts do not fit', () => {
    const already: Rect[] = [
      { x: 40, y: 100, width: 160, height: 160 },
      { x: 600, y: 900, width: 200, height: 200 },
    ];
    const drafts = Array.from({ length: 40 }, (_, i) => draft(`d${i}`, `p${i % 10}`, 1000 + i));
    const layout = layoutReveal({ drafts, area: ZONE, obstacles: already, order: 'author', titleSpace: 56 });
    const rects = [...placed(layout, drafts).values()];
    expect(Math.min(...rects.map((r) => r.y))).toBeGreaterThanOrEqual(1100);
    expectNoOverlap(rects, already);
    expect(layout.area.height).toBeGreaterThan(ZONE.height);
    expect(layout.area).toMatchObject({ x: ZONE.x, y: ZONE.y, width: ZONE.width });
    for (const r of rects) expect(inside(r, layout.area)).toBe(true);
  });

  it('passes over notes lying below the zone or across its edge, never covering one', () => {
    // a note under the zone, where it grows, and one straddling its left edge (its centre outside)
    const obstacles: Rect[] = [
      { x: 100, y: 1250, width: 300, height: 300 },
      { x: -120, y: 300, width: 160, height: 160 },
    ];
    const drafts = Array.from({ length: 60 }, (_, i) => draft(`d${i}`, `p${i % 6}`, i, 100 + (i % 4) * 40));
    for (const order of ['author', 'shuffle'] as const) {
      const layout = layoutReveal({ drafts, area: ZONE, obstacles, order, titleSpace: 56, random: seeded(7) });
      expect(layout.positions.size).toBe(60);
      expectNoOverlap([...placed(layout, drafts).values()], obstacles);
    }
  });

  it('makes a block of columns for an author with many drafts', () => {
    const drafts = Array.from({ length: REVEAL_COLUMN_MAX + 3 }, (_, i) => draft(`d${i}`, 'lina', i));
    const at = placed(layoutReveal({ drafts, area: ZONE, obstacles: [], order: 'author', titleSpace: 56 }), drafts);
    const columns = new Set([...at.values()].map((r) => r.x));
    expect(columns.size).toBe(2);
    expect(at.get(`d${REVEAL_COLUMN_MAX}`)!.x).toBeGreaterThan(at.get('d0')!.x);
    expect(at.get(`d${REVEAL_COLUMN_MAX}`)!.y).toBe(at.get('d0')!.y);
  });

  it('mixes the authors with `shuffle`, the same way for the same random numbers', () => {
    const drafts = Array.from({ length: 30 }, (_, i) => draft(`d${i}`, `p${Math.floor(i / 5)}`, i));
    const one = layoutReveal({ drafts, area: ZONE, obstacles: [], order: 'shuffle', titleSpace: 56, random: seeded(42) });
    const two = layoutReveal({ drafts, area: ZONE, obstacles: [], order: 'shuffle', titleSpace: 56, random: seeded(42) });
    expect([...one.positions]).toEqual([...two.positions]);
    const rects = placed(one, drafts);
    expectNoOverlap([...rects.values()]);
    // the first row is not one person's drafts in a block
    const firstRowY = Math.min(...[...rects.values()].map((r) => r.y));
    const firstRow = drafts.filter((d) => rects.get(d.id)!.y === firstRowY);
    expect(new Set(firstRow.map((d) => d.authorId)).size).toBeGreaterThan(2);
    for (const r of rects.values()) expect(r.x + r.width).toBeLessThanOrEqual(ZONE.x + ZONE.width);
  });

  it('places nothing and leaves the area as it is without drafts', () => {
    expect(layoutReveal({ drafts: [], area: ZONE, obstacles: [], order: 'author' })).toEqual({ positions: new Map(), area: ZONE });
  });
});
