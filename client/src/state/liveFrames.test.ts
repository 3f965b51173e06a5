import type { Frame } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { liveFrames } from './liveFrames';

const zone = (id: string, x: number): Frame => ({ id, title: id, x, y: 0, width: 400, height: 300, color: 'blue' });

describe('liveFrames', () => {
  const frames = [zone('a', 0), zone('b', 500)];

  it('draws a zone someone drags at its live corner, the others as stored (same objects)', () => {
    const shown = liveFrames(frames, new Map([['b', { x: 650, y: 40 }]]));
    expect(shown.map((f) => [f.id, f.x, f.y])).toEqual([['a', 0, 0], ['b', 650, 40]]);
    expect(shown[0]).toBe(frames[0]);
    expect(frames[1]!.x).toBe(500);
  });

  it('keeps the list itself when nothing is dragged, or nothing moved, or the zone is gone', () => {
    expect(liveFrames(frames, new Map())).toBe(frames);
    expect(liveFrames(frames, new Map([['a', { x: 0, y: 0 }]]))).toBe(frames);
    expect(liveFrames(frames, new Map([['gone', { x: 9, y: 9 }]]))).toBe(frames);
  });
});
