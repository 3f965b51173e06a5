import { boundsOf } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { MINIATURE_MAX_SCALE, miniatureView, toMiniature } from './miniatureView';

const size = { width: 240, height: 140 };
const inside = (r: { x: number; y: number; width: number; height: number }, padding: number) =>
  r.x >= padding - 1e-9 && r.y >= padding - 1e-9 && r.x + r.width <= size.width - padding + 1e-9 && r.y + r.height <= size.height - padding + 1e-9;

describe('miniatureView', () => {
  it('fits notes spread far apart inside the card, padding included, well below the board’s minimum zoom', () => {
    const notes = [
      { x: -3000, y: -200, width: 160, height: 160 },
      { x: 4000, y: 1800, width: 160, height: 160 },
    ];
    const view = miniatureView(boundsOf(notes), size, 8);
    expect(view.scale).toBeLessThan(0.1);
    for (const n of notes) expect(inside(toMiniature(view, n), 8)).toBe(true);
  });

  it('centres the content and limits the zoom for a single note', () => {
    const note = { x: 100, y: 100, width: 160, height: 160 };
    const view = miniatureView(boundsOf([note]), size);
    expect(view.scale).toBe(MINIATURE_MAX_SCALE);
    const drawn = toMiniature(view, note);
    expect(drawn.x + drawn.width / 2).toBeCloseTo(size.width / 2);
    expect(drawn.y + drawn.height / 2).toBeCloseTo(size.height / 2);
  });

  it('fits the limiting dimension: a tall column is bounded by the height', () => {
    const column = Array.from({ length: 20 }, (_, i) => ({ x: 0, y: i * 200, width: 160, height: 160 }));
    const view = miniatureView(boundsOf(column), size, 8);
    const bounds = boundsOf(column)!;
    expect(bounds.height * view.scale).toBeCloseTo(size.height - 16);
  });

  it('keeps tiny notes visible and survives an empty board or a zero-size card', () => {
    expect(toMiniature({ x: 0, y: 0, scale: 0.001 }, { x: 0, y: 0, width: 160, height: 160 }).width).toBe(1);
    expect(miniatureView(null, size).scale).toBe(MINIATURE_MAX_SCALE);
    expect(Number.isFinite(miniatureView(boundsOf([{ x: 0, y: 0, width: 160, height: 160 }]), { width: 0, height: 0 }).scale)).toBe(true);
  });
});
