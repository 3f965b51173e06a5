import { it } from 'vitest';
import { KIND_LIST, QUICK, reportSideBySide, serverRow, sideBySide } from './sideBySide.js';

it('workshop load: 6 rooms × 42 people, side by side', async () => {
  const { runs, discarded } = await sideBySide('workshop', {
    rooms: 6,
    perRoom: 42,
    probesPerRoom: 3,
    writeEveryMs: 3000,
    cursorHz: 10,
    probeEveryMs: 1000,
    durationMs: QUICK ? 10_000 : 30_000,
  });
  reportSideBySide(
    `Workshop: 6 rooms × 42 clients (3 full Yjs probes + 39 thin per room), a note or a move every ~3 s each, cursors at 10 Hz; ${QUICK ? '10' : '30'} s per run`,
    KIND_LIST.map((k) => serverRow(k, runs.get(k)!)),
    discarded,
  );
});
