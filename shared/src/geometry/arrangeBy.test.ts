import { describe, expect, it } from 'vitest';
import { frameHoldsNote, type Frame } from '../schema/Frame.js';
import { arrangeBy, AREA_TITLE_SPACE, ZONE_TITLE_SPACE, type Arrangement, type KeyedNote } from './arrangeBy.js';
import { rectsIntersect, type Rect } from './Rect.js';

const zone: Rect = { x: 1000, y: 500, width: 1200, height: 900 };
const asFrame = (r: Rect): Frame => ({ id: 'z', title: 'Zone', color: 'grey', ...r });

function randomNotes(seed: number, count: number, keys: (string | null)[]): KeyedNote[] {
  const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    x: zone.x + Math.round(rnd() * 1000),
    y: zone.y + Math.round(rnd() * 700),
    width: rnd() < 0.1 ? 400 + Math.round(rnd() * 800) : 60 + Math.round(rnd() * 200),
    height: 60 + Math.round(rnd() * 240),
    key: keys[Math.floor(rnd() * keys.length)]!,
  }));
}

const placed = (notes: readonly KeyedNote[], a: Arrangement): KeyedNote[] => notes.map((n) => ({ ...n, ...a.positions.get(n.id)! }));
const inside = (r: Rect, area: Rect): boolean => r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;

describe('arrangeBy', () => {
  it('puts each note in the sub-area of its key, inside the (possibly grown) zone, with no overlap, for many boards', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const notes = randomNotes(seed, 1 + ((seed * 13) % 120), ['yellow', 'pink', 'green', 'blue', null]);
      const result = arrangeBy(zone, notes, ['yellow', 'pink', 'green', 'blue']);
      const after = placed(notes, result);
      for (let i = 0; i < after.length; i++) {
        for (let j = i + 1; j < after.length; j++) expect(rectsIntersect(after[i]!, after[j]!), `seed ${seed}`).toBe(false);
      }
      for (let i = 0; i < result.areas.length; i++) {
        for (let j = i + 1; j < result.areas.length; j++) expect(rectsIntersect(result.areas[i]!.rect, result.areas[j]!.rect)).toBe(false);
      }
      for (const area of result.areas) {
        expect(inside(area.rect, result.zone), `seed ${seed}`).toBe(true);
        expect(area.rect.y).toBeGreaterThanOrEqual(zone.y + ZONE_TITLE_SPACE);
        for (const id of area.ids) {
          const n = after.find((m) => m.id === id)!;
          expect(n.key).toBe(area.key);
          expect(inside(n, area.rect), `seed ${seed}: ${id}`).toBe(true);
          expect(n.y).toBeGreaterThanOrEqual(area.rect.y + AREA_TITLE_SPACE);
          // still in the zone by the board's own rule, once the caller has grown it
          expect(frameHoldsNote(asFrame(result.zone), n)).toBe(true);
        }
      }
      expect(result.areas.flatMap((a) => a.ids).sort()).toEqual(notes.map((n) => n.id).sort());
      expect([result.zone.x, result.zone.y]).toEqual([zone.x, zone.y]);
      expect(result.zone.height).toBeGreaterThanOrEqual(zone.height);
    }
  }, 30_000);

  it('orders the sub-areas by the given keys, then the others alphabetically, then the notes without one', () => {
    const notes = randomNotes(5, 30, ['cat-b', 'cat-a', 'zz', 'aa', null]);
    const result = arrangeBy(zone, notes, ['cat-b', 'cat-a']);
    expect(result.areas.map((a) => a.key)).toEqual(['cat-b', 'cat-a', 'aa', 'zz', null]);
  });

  it('keeps the zone when everything fits, and grows it downward when it does not', () => {
    const few = randomNotes(2, 8, ['a', 'b']).map((n) => ({ ...n, width: 160, height: 160 }));
    expect(arrangeBy(zone, few).zone).toEqual(zone);
    const many = randomNotes(3, 120, ['a']).map((n) => ({ ...n, width: 160, height: 160 }));
    const grown = arrangeBy(zone, many).zone;
    expect(grown.width).toBe(zone.width);
    expect(grown.height).toBeGreaterThan(zone.height);
  });

  it('is stable and reversible: the same notes give the same arrangement, arranging again changes nothing, previous positions restore', () => {
    const notes = randomNotes(9, 50, ['a', 'b', 'c']);
    const first = arrangeBy(zone, notes);
    expect(arrangeBy(zone, [...notes].reverse())).toEqual({ ...first, previous: new Map([...notes].reverse().map((n) => [n.id, { x: n.x, y: n.y }])) });
    const again = arrangeBy(zone, placed(notes, first));
    expect(again.positions).toEqual(first.positions);
    expect(again.areas).toEqual(first.areas);
    const restored = placed(placed(notes, first), { ...first, positions: first.previous });
    expect(restored).toEqual(notes);
  });

  it('keeps the reading order of the notes within a sub-area', () => {
    const notes: KeyedNote[] = [
      { id: 'second', x: 1400, y: 600, width: 160, height: 160, key: 'k' },
      { id: 'third', x: 1000, y: 900, width: 160, height: 160, key: 'k' },
      { id: 'first', x: 1100, y: 610, width: 160, height: 160, key: 'k' },
    ];
    expect(arrangeBy(zone, notes).areas[0]!.ids).toEqual(['first', 'second', 'third']);
  });

  it('gives an empty arrangement for an empty zone', () => {
    expect(arrangeBy(zone, [])).toEqual({ positions: new Map(), previous: new Map(), areas: [], zone });
  });
});
