import { it } from 'vitest';
import { reportTable, type Row } from '../../server/soak/soakTable.js';
import { SERVER_LABELS } from './dialects.js';
import { KIND_LIST, percentile, QUICK, reportSideBySide, serverRow, sideBySide, summarize, type SideBySide } from './sideBySide.js';
import { GENERATOR_CPU_LIMIT, type RunResult } from './runLoad.js';

const SIZES = [50, 100, 200, 300];
const P99_LIMIT_MS = 100;
const DELIVERY_FLOOR = 0.999;

it('plenary: one room of 50 to 300 people, side by side, and where each server bends', async () => {
  const rows: Row[] = [];
  const allDiscarded: string[] = [];
  const bySize = new Map<number, SideBySide>();
  for (const size of SIZES) {
    const played = await sideBySide(`plenary ${size}`, {
      rooms: 1,
      perRoom: size,
      probesPerRoom: 3,
      writeEveryMs: 3000,
      cursorHz: 10,
      probeEveryMs: 1000,
      durationMs: QUICK ? 8_000 : 15_000,
    });
    allDiscarded.push(...played.discarded);
    bySize.set(size, played);
    for (const k of KIND_LIST) rows.push(serverRow(k, played.runs.get(k)!, { clients: size }));
  }
  reportSideBySide(`Plenary: one room, a note or a move every ~3 s each, cursors at 10 Hz; ${QUICK ? '8' : '15'} s per run`, rows, allDiscarded);

  const bent = (results: RunResult[]): string | null => {
    const s = summarize(results);
    const p99 = percentile(s.latencies, 99);
    return p99 > P99_LIMIT_MS || !(s.deliveredShare >= DELIVERY_FLOOR) ? `p99 ${p99.toFixed(0)} ms, delivered ${(s.deliveredShare * 100).toFixed(2)} %` : null;
  };
  const knees: Row[] = KIND_LIST.map((k): Row => {
    const unmeasured: number[] = [];
    for (const size of SIZES) {
      const counted = bySize.get(size)!.runs.get(k)!;
      if (counted.length > 0) {
        const why = bent(counted);
        if (why) return { server: SERVER_LABELS[k], knee: `${size} clients`, why };
        continue;
      }
      // Every run discarded: when the generator's own CPU was spent on the server's flood of
      // frames and the server was failing anyway, that size is where it bends; otherwise unknown.
      const flooded = bySize.get(size)!.saturatedRuns.get(k)!.filter((r) => r.generatorCpu > GENERATOR_CPU_LIMIT);
      const why = flooded.length > 0 ? bent(flooded) : null;
      if (why) return { server: SERVER_LABELS[k], knee: `${size} clients`, why: `${why} (generator saturated by its output too)` };
      unmeasured.push(size);
    }
    const note = unmeasured.length > 0 ? ` (not measured at ${unmeasured.join(', ')}: generator saturated)` : '';
    return { server: SERVER_LABELS[k], knee: `above ${SIZES.at(-1)} clients`, why: `p99 ≤ ${P99_LIMIT_MS} ms and delivery ≥ 99.9 % at every measured size${note}` };
  });
  reportTable(`Plenary knee: the first size where p99 passes ${P99_LIMIT_MS} ms or delivery drops below 99.9 %`, knees);
});
