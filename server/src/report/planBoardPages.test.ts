import type { Rect } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { boardScene } from './buildBoardScene.js';
import { MAX_TILES, MIN_NOTE_TEXT_PT, planBoardPages } from './planBoardPages.js';
import { sampleReport } from './reportFixture.js';

/** The board area of an A4 landscape page (pt). */
const AREA = { width: 762, height: 445 };

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.width <= outer.x + outer.width + 0.01 && inner.y + inner.height <= outer.y + outer.height + 0.01;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('planBoardPages', () => {
  it('prints a small board whole, scaled to fit but never enlarged past its size', () => {
    const scene = boardScene(sampleReport({ notes: 30 }).rooms[0]!, { lang: 'fr', anonymous: false });
    const { width, height } = scene.bounds!;
    expect(planBoardPages(scene, AREA.width, AREA.height)).toEqual({ kind: 'whole', scale: Math.min(AREA.width / width, AREA.height / height) });
    expect(planBoardPages(scene, 5000, 5000)).toEqual({ kind: 'whole', scale: 1 });
  });

  it('prints nothing for an empty board', () => {
    expect(planBoardPages(boardScene(sampleReport().rooms[2]!, { lang: 'fr', anonymous: false }), AREA.width, AREA.height)).toBeNull();
  });

  for (const notes of [30, 500, 2000]) {
    it(`cuts a board of ${notes} notes into parts where notes read at ${MIN_NOTE_TEXT_PT} pt, every note on a part`, () => {
      const room = sampleReport({ notes }).rooms[1]!;
      const scene = boardScene(room, { lang: 'fr', anonymous: false });
      const plan = planBoardPages(scene, AREA.width, AREA.height)!;
      expect(plan.kind).toBe('tiled');
      if (plan.kind !== 'tiled') return;
      expect(plan.scale * scene.noteFont!).toBeLessThan(MIN_NOTE_TEXT_PT);
      expect(plan.tiles.length).toBeGreaterThan(1);
      expect(plan.tiles.length).toBeLessThanOrEqual(MAX_TILES);
      if (!plan.reduced) expect(plan.viewScale * scene.noteFont!).toBeGreaterThanOrEqual(MIN_NOTE_TEXT_PT - 1e-9);
      // each part has the page's proportions, and every note is on a printed part
      for (const tile of plan.tiles) expect(tile.rect.width / tile.rect.height).toBeCloseTo(AREA.width / AREA.height, 5);
      for (const note of room.board.notes) {
        if (room.board.groups.find((g) => g.id === note.groupId)?.collapsed) continue;
        expect(plan.tiles.some((tile) => overlaps(note, tile.rect))).toBe(true);
      }
      // no part lies outside the grid over the board
      const grid = { x: scene.bounds!.x, y: scene.bounds!.y, width: plan.cols * plan.tiles[0]!.rect.width, height: plan.rows * plan.tiles[0]!.rect.height };
      for (const tile of plan.tiles) expect(inside(tile.rect, grid)).toBe(true);
    });
  }

  it('leaves out the empty parts of a board whose notes lie far apart', () => {
    const report = sampleReport({ notes: 12 });
    const room = report.rooms[1]!;
    // one note moved very far: the parts between hold nothing
    const far = { ...room.board.notes[0]!, id: 'far', x: 40_000, y: 30_000 };
    const scene = boardScene({ ...room, board: { ...room.board, notes: [...room.board.notes, far] } }, { lang: 'fr', anonymous: false });
    const plan = planBoardPages(scene, AREA.width, AREA.height)!;
    expect(plan.kind).toBe('tiled');
    if (plan.kind !== 'tiled') return;
    expect(plan.cols * plan.rows).toBeGreaterThan(plan.tiles.length * 4);
    expect(plan.tiles.some((tile) => overlaps(far, tile.rect))).toBe(true);
  });
});
