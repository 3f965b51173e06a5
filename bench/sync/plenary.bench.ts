import { it } from 'vitest';
import { reportTable, type Row } from '../../server/soak/soakTable.js';
import { SERVER_LABELS } from './dialects.js';
import { KIND_LIST, percentile, QUICK, reportSideBySide, serverRow, sideBySide, summarize } from './sideBySide.js';
import type { RunResult } from './runLoad.js';

const SIZES = [50, 100, 200, 300];
const P99_LIMIT_MS = 100;
const DELIVERY_FLOOR = 0.999;

it('plenary: one room of 50 to 300 people, side by side, and where each server bends', async () => {
  const rows: Row[] = [];
  const allDiscarded: string[] = [];
  const bySize = new Map<number, Map<string, RunResult[]>>();
  for (const size of SIZES) {
    const { runs, discarded } = await sideBySide(`plenary ${size}`, {
      rooms: 1,
      perRoom: size,
      probesPerRoom: 3,
      writeEveryMs: 3000,
      cursorHz: 10,
      probeEveryMs: 1000,
      durationMs: QUICK ? 8_000 : 15_000,
    });
    allDiscarded.push(...discarded);
    bySize.set(size, runs);
    for (const k of KIND_LIST) rows.push(serverRow(k, runs.get(k)!, { clients: size }));
  }
  reportSideBySide(`Plenary: one room, a note or a move every ~3 s each, cursors at 10 Hz; ${QUICK ? '8' : '15'} s per run`, rows, allDiscarded);

  const knees: Row[] = KIND_LIST.map((k): Row => {
    for (const size of SIZES) {
      const results = bySize.get(size)!.get(k)!;
      if (results.length === 0) return { server: SERVER_LABELS[k], knee: `not measured at ${size}`, why: 'every run was discarded' };
      const s = summarize(results);
      const p99 = percentile(s.latencies, 99);
      if (p99 > P99_LIMIT_MS || s.deliveredShare < DELIVERY_FLOOR) {
        return { server: SERVER_LABELS[k], knee: `${size} clients`, why: `p99 ${p99.toFixed(0)} ms, delivered ${(s.deliveredShare * 100).toFixed(2)} %` };
      }
    }
    return { server: SERVER_LABELS[k], knee: `above ${SIZES.at(-1)} clients`, why: 'p99 ≤ 100 ms and delivery ≥ 99.9 % at every size' };
  });
  reportTable(`Plenary knee: the first size where p99 passes ${P99_LIMIT_MS} ms or delivery drops below 99.9 %`, knees);
});
