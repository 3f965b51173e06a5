import { it } from 'vitest';
import { KIND_LIST, QUICK, reportSideBySide, serverRow, sideBySide } from './sideBySide.js';
import type { Workload } from './runLoad.js';

const WORKSHOP: Workload = {
  rooms: 6,
  perRoom: 42,
  probesPerRoom: 3,
  writeEveryMs: 3000,
  cursorHz: 10,
  probeEveryMs: 1000,
  durationMs: QUICK ? 10_000 : 30_000,
};
const seconds = WORKSHOP.durationMs / 1000;

it('workshop load: 6 rooms × 42 people, side by side', async () => {
  const { runs, discarded } = await sideBySide('workshop', WORKSHOP);
  reportSideBySide(
    `Workshop: 6 rooms × 42 clients (3 full Yjs probes + 39 thin per room), a note or a move every ~3 s each, cursors at 10 Hz; ${seconds} s per run`,
    KIND_LIST.map((k) => serverRow(k, runs.get(k)!)),
    discarded,
  );
});

// Without cursors the peers are no longer swamped by relaying every presence to the whole room:
// this compares the document path alone (Essaim checks and stores each update before relaying it).
it('workshop load without cursors: the document path alone, side by side', async () => {
  const { runs, discarded } = await sideBySide('workshop, no cursors', { ...WORKSHOP, cursorHz: 0 });
  reportSideBySide(
    `Workshop without cursors: the same 6 × 42 clients and writes, no presence traffic; ${seconds} s per run`,
    KIND_LIST.map((k) => serverRow(k, runs.get(k)!)),
    discarded,
  );
});
