import { expect, it } from 'vitest';
import { runChurn } from './churn.js';
import { mib, reportTable, seconds } from './soakTable.js';

it('returns to no room, no socket and the same heap after 10,000 connect/disconnect cycles', async () => {
  const f = await runChurn({ cycles: 10_000 });
  reportTable('Churn: providers connecting, syncing and leaving one board', [
    {
      cycles: f.cycles,
      'rooms after': f.loadedRoomsAfter,
      'connections after': f.connectionsAfter,
      'sockets after': f.socketsAfter,
      'heap before': mib(f.heapBefore),
      'heap after': mib(f.heapAfter),
      'heap growth': mib(f.heapAfter - f.heapBefore),
      gc: f.gc ? 'yes' : 'no (run with --expose-gc)',
      time: seconds(f.ms),
    },
  ]);
  expect(f.closeCodes).toEqual([]);
  expect({ rooms: f.loadedRoomsAfter, connections: f.connectionsAfter, sockets: f.socketsAfter }).toEqual({ rooms: 0, connections: 0, sockets: 0 });
  // A leak of even 1 KiB per cycle would show as 10 MiB; what is left is allocator noise.
  expect(f.heapAfter - f.heapBefore).toBeLessThan(8 * 1024 * 1024);
});
