import { expect, it } from 'vitest';
import { printFuzzReport, runFuzz } from '../test/fuzzRun.js';
import { mib, reportTable } from './soakTable.js';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 10_000);

it(`closes ${FRAMES.toLocaleString('en-US')} fuzzed connections with named codes, the room syncing throughout`, async () => {
  console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} to replay)`);
  const r = await runFuzz({ frames: FRAMES, seed: SEED, parallel: 16 });
  printFuzzReport(r);
  reportTable(`Fuzz: ${FRAMES.toLocaleString('en-US')} bad frames, seed ${SEED}`, [
    ...Object.entries(r.framesByKind).map(([kind, n]) => ({ what: `frames: ${kind}`, value: n })),
    ...Object.entries(r.outcomes).map(([code, n]) => ({ what: `closes: ${code}`, value: n })),
    { what: 'unexpected outcomes', value: r.unexpected.length },
    { what: 'crashes', value: r.crashes },
    { what: 'writer notes delivered', value: `${r.delivered}/${r.writerNotes}` },
    { what: 'attacked note kept', value: r.targetKept ? 'yes' : 'NO' },
    { what: 'observer max delay', value: `${r.observerMaxDelayMs} ms` },
    { what: 'rss before → after', value: `${mib(r.memory.before.rss)} → ${mib(r.memory.after.rss)}` },
    { what: 'heap before → after', value: `${mib(r.memory.before.heapUsed)} → ${mib(r.memory.after.heapUsed)}${global.gc ? ' (gc)' : ''}` },
  ]);
  expect(r.unexpected).toEqual([]);
  expect(r.crashes).toBe(0);
  expect(r.delivered).toBe(r.writerNotes);
  expect(r.targetKept).toBe(true);
  if (global.gc) expect(r.memory.after.heapUsed).toBeLessThan(2 * r.memory.before.heapUsed + 20 * 1024 * 1024);
});
