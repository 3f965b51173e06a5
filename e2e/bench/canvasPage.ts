import type { Page } from 'playwright-core';
import type { WindowWithKonva } from '../fixtures/pageStage.js';

/** The mark the notes layer sets once it has drawn a new number of notes (`client/src/canvas/useNotesDrawnMark.ts`). */
export const NOTES_DRAWN_MARK = 'essaim:notes-drawn';

interface Point {
  x: number;
  y: number;
}

/**
 * Waits for the notes layer to have drawn with `notes` notes; returns when, in ms since the
 * navigation started (the mark's own time, not when the test noticed).
 */
export async function waitNotesDrawn(page: Page, notes: number, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction(
    ({ name, count }) => {
      const mark = performance.getEntriesByName(name).find((e) => (e as PerformanceMark).detail?.notes === count);
      return mark ? mark.startTime : false;
    },
    { name: NOTES_DRAWN_MARK, count: notes },
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** A point of the canvas (page coordinates) with no note under it, as near its centre as can be. */
export async function emptySpot(page: Page): Promise<Point> {
  const spot = await page.evaluate(() => {
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
    const box = stage.container().getBoundingClientRect();
    for (let r = 0; r < Math.max(box.width, box.height) / 2; r += 3) {
      for (let a = 0; a < 16; a++) {
        const p = { x: box.width / 2 + r * Math.cos((a * Math.PI) / 8), y: box.height / 2 + r * Math.sin((a * Math.PI) / 8) };
        if (p.x < 0 || p.y < 0 || p.x >= box.width || p.y >= box.height) continue;
        if (!stage.getIntersection(p)) return { x: box.left + p.x, y: box.top + p.y };
      }
    }
    return null;
  });
  if (!spot) throw new Error('no empty spot on the board');
  return spot;
}

/**
 * A point (page coordinates) well inside the note nearest the middle of the canvas: the centre
 * of a note drawn as a node of its own, or, far away where notes are cards of one shape
 * (`CompactNotes`), a point of a card whose neighbours 4 px around are on that card too.
 */
export async function noteNearCentre(page: Page): Promise<Point> {
  const centre = await page.evaluate(() => {
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
    const box = stage.container().getBoundingClientRect();
    const onCard = (q: { x: number; y: number }) => stage.getIntersection(q)?.name() === 'compact-notes';
    for (let r = 0; r < Math.max(box.width, box.height) / 2; r += 3) {
      for (let a = 0; a < 16; a++) {
        const p = { x: box.width / 2 + r * Math.cos((a * Math.PI) / 8), y: box.height / 2 + r * Math.sin((a * Math.PI) / 8) };
        const hit = stage.getIntersection(p);
        const note = hit?.findAncestor('.note');
        if (note) {
          const rect = note.getClientRect();
          return { x: box.left + rect.x + rect.width / 2, y: box.top + rect.y + rect.height / 2 };
        }
        if (hit && [p, { x: p.x - 4, y: p.y }, { x: p.x + 4, y: p.y }, { x: p.x, y: p.y - 4 }, { x: p.x, y: p.y + 4 }].every(onCard)) return { x: box.left + p.x, y: box.top + p.y };
      }
    }
    return null;
  });
  if (!centre) throw new Error('no note on screen');
  return centre;
}

/** Moves the pressed mouse along `path(t)` (t from 0 to 1) for `durationMs`, as fast as the page takes the events. */
export async function dragAlong(page: Page, from: Point, durationMs: number, path: (t: number) => Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const start = Date.now();
  for (;;) {
    const t = Math.min(1, (Date.now() - start) / durationMs);
    const p = path(t);
    await page.mouse.move(p.x, p.y);
    if (t >= 1) break;
    await new Promise((r) => setTimeout(r, 8));
  }
  await page.mouse.up();
}

export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __frames: { start(): void } }).__frames.start());
}

export async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __frames: { stop(): number[] } }).__frames.stop());
}
