import { it } from 'vitest';
import { createNote, updateNotes } from '@essaim/shared';
import { kib, reportTable } from '../soak/soakTable.js';
import { createWorkshop, ms, openSynced, pause, percentile, startBenchServer, storedBytes } from './benchClient.js';

const QUICK = process.env.ESSAIM_BENCH_QUICK === '1';
const NOTES = 5_000;
const MOVES = QUICK ? 10_000 : 100_000;
const RUNS = QUICK ? 3 : 7;

/** Opens the board cold (server just started, room not loaded) `RUNS` times. */
async function coldLoads(server: Awaited<ReturnType<typeof startBenchServer>>['server'], docName: string, token: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await server.stop();
    await server.start();
    const { provider, doc, openToSyncedMs } = await openSynced(server, docName, token);
    times.push(openToSyncedMs);
    provider.destroy();
    doc.destroy();
  }
  return times;
}

it(`cold load of a ${NOTES.toLocaleString('en-US')}-note board, fresh and after ${MOVES.toLocaleString('en-US')} moves`, async () => {
  const { server, dataDir } = await startBenchServer();
  try {
    const w = await createWorkshop(server);
    const writer = await openSynced(server, w.plenaryDoc, w.facilitatorToken);
    for (let i = 0; i < NOTES; i++) {
      createNote(writer.doc, { id: `n${i}`, x: (i % 70) * 180, y: Math.floor(i / 70) * 180, text: `Idée n° ${i} pour le territoire` }, { authorId: w.facilitatorId, now: Date.now() });
      if (i % 500 === 499) await pause(20);
    }
    await pause(1000);
    writer.provider.destroy();
    const fresh = await coldLoads(server, w.plenaryDoc, w.facilitatorToken);
    const freshBytes = storedBytes(dataDir, w.plenaryDoc);

    const mover = await openSynced(server, w.plenaryDoc, w.facilitatorToken);
    for (let i = 0; i < MOVES; i++) {
      updateNotes(mover.doc, new Map([[`n${i % NOTES}`, { x: (i * 7) % 12_000, y: (i * 13) % 13_000 }]]), Date.now());
      if (i % 1000 === 999) await pause(10);
    }
    await pause(2000);
    mover.provider.destroy();
    const aged = await coldLoads(server, w.plenaryDoc, w.facilitatorToken);
    const agedBytes = storedBytes(dataDir, w.plenaryDoc);

    reportTable(`Cold load, server side: socket open → synced (${RUNS} runs each, built server restarted before each)`, [
      { board: `fresh, ${NOTES} notes`, p50: ms(percentile(fresh, 50)), max: ms(Math.max(...fresh)), stored: kib(freshBytes) },
      { board: `aged, +${MOVES} moves`, p50: ms(percentile(aged, 50)), max: ms(Math.max(...aged)), stored: kib(agedBytes) },
    ]);
  } finally {
    await server.stop();
  }
});
