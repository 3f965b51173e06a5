import { describe, expect, it } from 'vitest';
import type { Rect } from './Rect.js';
import { rectsIntersect } from './Rect.js';
import { freeSpotNear } from './freeSpotNear.js';

const size = { width: 160, height: 160 };
const noteAt = (c: { x: number; y: number }) => ({ x: c.x - 80, y: c.y - 80, ...size });

describe('freeSpotNear', () => {
  it('uses the wanted point when nothing is there', () => {
    expect(freeSpotNear([noteAt({ x: 1000, y: 1000 })], { x: 100.4, y: 200 }, size)).toEqual({ x: 100, y: 200 });
  });

  it('lays ten notes created at the same point without any overlap, close to that point', () => {
    const notes: Rect[] = [];
    for (let i = 0; i < 10; i++) notes.push(noteAt(freeSpotNear(notes, { x: 0, y: 0 }, size)));
    for (let i = 0; i < notes.length; i++) {
      for (let j = i + 1; j < notes.length; j++) expect(rectsIntersect(notes[i]!, notes[j]!)).toBe(false);
    }
    for (const n of notes) expect(Math.hypot(n.x + 80, n.y + 80)).toBeLessThan(3 * 176);
  });

  it('puts the second note to the right of the first', () => {
    const spot = freeSpotNear([noteAt({ x: 0, y: 0 })], { x: 0, y: 0 }, size);
    expect(spot.x).toBeGreaterThan(0);
    expect(spot.y).toBe(0);
  });
});
