import { afterAll, beforeAll, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ms, percentile } from '../../server/bench/benchClient.js';
import { reportTable, type Row } from '../../server/soak/soakTable.js';
import { EssaimServer } from '../fixtures/EssaimServer.js';
import { launchBrowser } from '../fixtures/launchBrowser.js';
import { dragAlong, emptySpot, noteNearCentre, startFrames, stopFrames, waitNotesDrawn } from './canvasPage.js';
import { FRAME_RECORDER, frameRow } from './frameStats.js';

const QUICK = process.env.ESSAIM_BENCH_QUICK === '1';
/** Notes alone, then a busy board of the issue-11 kind: zones and links over the same 1,000 notes. */
const CASES = [{ notes: 1_000 }, { notes: 1_000, zones: 30, links: 300 }, { notes: 5_000 }];
const LOADS = QUICK ? 2 : 3;
const GESTURE_MS = 2_000;
const VIEWPORT = { width: 1280, height: 720 };

let server: EssaimServer;
let browser: Browser;

beforeAll(async () => {
  server = await EssaimServer.start();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

interface BenchCase {
  notes: number;
  zones?: number;
  links?: number;
}

const caseName = ({ notes, zones, links }: BenchCase) =>
  zones || links ? `${notes.toLocaleString('en-US')} + ${zones ?? 0} zones, ${links ?? 0} links` : notes.toLocaleString('en-US');

async function openBench({ notes, zones = 0, links = 0 }: BenchCase): Promise<{ page: Page; drawnMs: number; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: FRAME_RECORDER });
  const page = await context.newPage();
  await page.goto(`${server.url}/banc-d-essai?notes=${notes}&zones=${zones}&links=${links}`);
  const drawnMs = await waitNotesDrawn(page, notes);
  return { page, drawnMs, close: () => context.close() };
}

/** Back to the whole board, then a quiet moment so the next gesture starts from a settled frame. */
async function fit(page: Page): Promise<void> {
  await page.keyboard.press('0');
  await page.waitForTimeout(500);
}

async function pan(page: Page): Promise<number[]> {
  await fit(page);
  const from = await emptySpot(page);
  await startFrames(page);
  // there and back along an ellipse, so the board stays on screen
  await dragAlong(page, from, GESTURE_MS, (t) => ({ x: from.x + 300 * Math.sin(2 * Math.PI * t), y: from.y + 150 * (1 - Math.cos(2 * Math.PI * t)) }));
  return stopFrames(page);
}

async function zoom(page: Page): Promise<number[]> {
  await fit(page);
  const box = VIEWPORT;
  const overBoard = () => page.mouse.move(box.width / 2 + 40, box.height / 2 + 20);
  await overBoard();
  await startFrames(page);
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(120);
  }
  // a CSS selector: a role query walks the accessibility tree of every note's list button, in the
  // page's own thread, and its pause would be counted as the board's
  await page.locator('button[aria-label="Ajuster au contenu"]').click();
  await page.waitForTimeout(300);
  // back over the board: the wheel over the button would not zoom it
  await overBoard();
  for (let i = 0; i < 3; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(120);
  }
  await page.keyboard.press('0');
  await page.waitForTimeout(300);
  return stopFrames(page);
}

async function noteDrag(page: Page): Promise<number[]> {
  await fit(page);
  const from = await noteNearCentre(page);
  await startFrames(page);
  await dragAlong(page, from, GESTURE_MS, (t) => ({ x: from.x + 250 * Math.sin(2 * Math.PI * t), y: from.y + 120 * Math.sin(4 * Math.PI * t) }));
  return stopFrames(page);
}

it(`canvas frame times at ${CASES.map(caseName).join(', ')} notes`, async () => {
  const frames: Row[] = [];
  const loads: Row[] = [];
  for (const bench of CASES) {
    const notes = caseName(bench);
    const drawn: number[] = [];
    for (let i = 0; i < LOADS - 1; i++) {
      const run = await openBench(bench);
      drawn.push(run.drawnMs);
      await run.close();
    }
    const { page, drawnMs, close } = await openBench(bench);
    drawn.push(drawnMs);
    const seed = await page.evaluate(() => performance.getEntriesByName('essaim:bench-seed')[0]?.duration ?? NaN);
    loads.push({ notes, 'first full render p50': ms(percentile(drawn, 50)), max: ms(Math.max(...drawn)), 'of which seeding': ms(seed) });
    await page.waitForTimeout(1000);
    frames.push(frameRow({ notes, gesture: 'pan (drag on empty board)' }, await pan(page)));
    frames.push(frameRow({ notes, gesture: 'zoom (wheel ×7, fit ×2)' }, await zoom(page)));
    frames.push(frameRow({ notes, gesture: 'note drag' }, await noteDrag(page)));
    await close();
  }
  const where = `headless Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}, --disable-gpu`;
  reportTable(`Canvas: time to first full render, navigation → notes layer drawn (${LOADS} loads, local seeded board, ${where})`, loads);
  reportTable(`Canvas: frame intervals during ~2 s gestures, from requestAnimationFrame (${where})`, frames);
});
