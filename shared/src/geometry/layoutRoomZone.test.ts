import { describe, expect, it } from 'vitest';
import { rectsIntersect, type Rect } from './Rect.js';
import { layoutRoomZone } from './layoutRoomZone.js';

const note = (x: number, y: number, roomId?: string, size = 160) => ({ x, y, width: size, height: size, ...(roomId ? { roomId } : {}) });
const at = (rects: Rect[], pos: { x: number; y: number }[]) => pos.map((p, i) => ({ ...rects[i]!, ...p }));

function expectNoOverlap(rects: Rect[]): void {
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(rectsIntersect(rects[i]!, rects[j]!), `${i}/${j}`).toBe(false);
}

describe('layoutRoomZone', () => {
  it('puts a first room at the origin of an empty plenary, three notes per row, in reading order', () => {
    const incoming = [note(500, 0), note(0, 0), note(0, 300), note(250, 0)];
    const pos = layoutRoomZone([], incoming, 'aude');
    expect(pos[1]).toEqual({ x: 0, y: 0 }); // top-left on its own board comes first
    expect(pos[3]!.y).toBe(0);
    expect(pos[0]!.y).toBe(0);
    expect(pos[2]!.y).toBeGreaterThan(0); // fourth note starts a second row
    expectNoOverlap(at(incoming, pos));
  });

  it('opens a new zone to the right of everything for another room, and never overlaps', () => {
    const plenary = [note(0, 0, 'aude'), note(184, 0, 'aude'), note(-300, 500)];
    const incoming = Array.from({ length: 7 }, (_, i) => note(i * 10, 0));
    const pos = layoutRoomZone(plenary, incoming, 'gard');
    for (const p of pos) expect(p.x).toBeGreaterThanOrEqual(344);
    expectNoOverlap([...plenary, ...at(incoming, pos)]);
  });

  it('adds later notes of the same room below its zone', () => {
    const plenary = [note(0, 0, 'aude'), note(1000, 0, 'gard')];
    const pos = layoutRoomZone(plenary, [note(0, 0)], 'aude');
    expect(pos[0]).toEqual({ x: 0, y: 184 });
  });

  it('moves to a fresh zone when wider notes would run into the next room', () => {
    const plenary = [note(0, 0, 'aude'), note(400, 0, 'gard')];
    const incoming = [note(0, 0, undefined, 600), note(0, 0)];
    const pos = layoutRoomZone(plenary, incoming, 'aude');
    expectNoOverlap([...plenary, ...at(incoming, pos)]);
  });
});
