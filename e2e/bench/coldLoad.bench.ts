import { afterAll, beforeAll, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { StoredSession } from '../../client/src/state/session.js';
import { ms, percentile, storedBytes } from '../../server/bench/benchClient.js';
import { kib, reportTable } from '../../server/soak/soakTable.js';
import { UNLIMITED_ENV } from '../../server/soak/unlimited.js';
import { EssaimServer } from '../fixtures/EssaimServer.js';
import { launchBrowser } from '../fixtures/launchBrowser.js';
import { NOTES_DRAWN_MARK, waitNotesDrawn } from './canvasPage.js';
import { createWorkshop, FACILITATOR_NAME, moveNotes, writeNotes } from './seedServerBoard.js';

const QUICK = process.env.ESSAIM_BENCH_QUICK === '1';
const NOTES = 5_000;
const MOVES = QUICK ? 10_000 : 100_000;
const RUNS = QUICK ? 3 : 5;

let server: EssaimServer;
let browser: Browser;

beforeAll(async () => {
  // the same server settings as the server-side cold load: no rate limits for the seeding client
  server = await EssaimServer.start({ ...UNLIMITED_ENV, COMPACT_EVERY: '500' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/**
 * Opens `/atelier/<id>` in a fresh browser context (no offline copy in IndexedDB, no cached
 * app shell) with the facilitator's session already in localStorage, the server restarted
 * just before (the room not loaded); returns navigation → notes layer drawn with every note.
 */
async function coldLoads(session: StoredSession): Promise<{ times: number[]; shells: number[] }> {
  const times: number[] = [];
  const shells: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await server.stop();
    await server.restart();
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 720 } });
    try {
      await context.addInitScript(
        ({ key, value }) => {
          if (!localStorage.getItem(key)) localStorage.setItem(key, value);
        },
        { key: `essaim.session.${session.workshopId}`, value: JSON.stringify(session) },
      );
      const page = await context.newPage();
      await page.goto(`${server.url}/atelier/${session.workshopId}`);
      times.push(await waitNotesDrawn(page, NOTES));
      // the empty board drawn before the notes arrived: app, session and canvas ready, sync not yet
      const shell = await page.evaluate((name) => performance.getEntriesByName(name).find((e) => (e as PerformanceMark).detail?.notes === 0)?.startTime ?? NaN, NOTES_DRAWN_MARK);
      shells.push(shell);
    } finally {
      await context.close();
    }
  }
  return { times, shells };
}

function row(board: string, { times, shells }: { times: number[]; shells: number[] }, bytes: number) {
  return { board, p50: ms(percentile(times, 50)), max: ms(Math.max(...times)), 'empty board drawn p50': ms(percentile(shells, 50)), stored: kib(bytes) };
}

it(`cold load in Chromium of a ${NOTES.toLocaleString('en-US')}-note board, fresh and after ${MOVES.toLocaleString('en-US')} moves`, async () => {
  const w = await createWorkshop(server.url);
  const session: StoredSession = {
    workshopId: w.workshopId,
    title: w.title,
    joinCode: w.joinCode,
    participantId: w.facilitatorId,
    name: FACILITATOR_NAME,
    role: 'facilitator',
    roomId: w.rooms[0]!.id,
    token: w.facilitatorToken,
  };
  await writeNotes(server.url, w.plenaryDoc, w.facilitatorToken, w.facilitatorId, NOTES);
  const fresh = await coldLoads(session);
  const freshBytes = storedBytes(server.dataDir, w.plenaryDoc);
  await moveNotes(server.url, w.plenaryDoc, w.facilitatorToken, NOTES, MOVES);
  const aged = await coldLoads(session);
  const agedBytes = storedBytes(server.dataDir, w.plenaryDoc);
  reportTable(
    `Cold load in Chromium: navigation to /atelier/<id> → board drawn with all notes (${RUNS} runs each, fresh browser context each run so no IndexedDB offline copy, built server restarted before each, headless Chromium ${browser.version()})`,
    [
      row(`fresh, ${NOTES} notes`, fresh, freshBytes),
      row(`aged, +${MOVES} moves`, aged, agedBytes),
    ],
  );
});
