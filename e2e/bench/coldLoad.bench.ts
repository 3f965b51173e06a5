import { afterAll, beforeAll, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { StoredSession } from '../../client/src/state/session.js';
import { ms, percentile, storedBytes } from '../../server/bench/benchClient.js';
import { kib, reportTable } from '../../server/soak/soakTable.js';
import { UNLIMITED_ENV } from '../../server/soak/unlimited.js';
import { EssaimServer } from '../fixtures/EssaimServer.js';
import { launchBrowser } from '../fixtures/launchBrowser.js';
import { waitNotesDrawn } from './canvasPage.js';
import { createWorkshop, moveNotes, writeNotes } from './seedServerBoard.js';

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
async function coldLoads(session: StoredSession): Promise<number[]> {
  const times: number[] = [];
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
    } finally {
      await context.close();
    }
  }
  return times;
}

it(`cold load in Chromium of a ${NOTES.toLocaleString('en-US')}-note board, fresh and after ${MOVES.toLocaleString('en-US')} moves`, async () => {
  const w = await createWorkshop(server.url);
  const session: StoredSession = {
    workshopId: w.workshopId,
    title: w.title,
    joinCode: w.joinCode,
    participantId: w.facilitatorId,
    name: 'Camille',
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
      { board: `fresh, ${NOTES} notes`, p50: ms(percentile(fresh, 50)), max: ms(Math.max(...fresh)), stored: kib(freshBytes) },
      { board: `aged, +${MOVES} moves`, p50: ms(percentile(aged, 50)), max: ms(Math.max(...aged)), stored: kib(agedBytes) },
    ],
  );
});
