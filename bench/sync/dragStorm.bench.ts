import { it } from 'vitest';
import { KIND_LIST, QUICK, reportSideBySide, serverRow, sideBySide } from './sideBySide.js';

it('drag storm: 20 people dragging notes at once, side by side', async () => {
  const { runs, discarded } = await sideBySide('drag storm', {
    rooms: 1,
    perRoom: 23,
    probesPerRoom: 3,
    writeEveryMs: 0,
    cursorHz: 0,
    drag: { hz: 20, dropEveryMs: 2000 },
    probeEveryMs: 1000,
    durationMs: QUICK ? 8_000 : 20_000,
  });
  reportSideBySide(
    `Drag storm: 20 clients dragging continuously in one room (live position at 20 Hz through presence, a move committed on each drop every ~2 s) + 3 probes; ${QUICK ? '8' : '20'} s per run`,
    KIND_LIST.map((k) => serverRow(k, runs.get(k)!)),
    discarded,
  );
});
