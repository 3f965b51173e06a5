import { roomDocName } from '@essaim/shared';
import { connectProvider, waitFor, whenSynced } from '../test/providers.js';
import { startServer } from '../test/startServer.js';
import { unlimitedConfig } from './unlimited.js';

export interface ChurnOptions {
  cycles: number;
  /** clients connecting and leaving at the same time */
  concurrency?: number;
}

export interface ChurnFigures {
  cycles: number;
  /** close codes the clients got (none expected: each leaves on its own) */
  closeCodes: number[];
  loadedRoomsAfter: number;
  connectionsAfter: number;
  /** WebSockets the server still holds open */
  socketsAfter: number;
  /** heap after `global.gc()`, in bytes; `gc` says whether it was available (node --expose-gc) */
  heapBefore: number;
  heapAfter: number;
  gc: boolean;
  ms: number;
}

function connectionCount(rooms: { allConnections(): Iterable<unknown> }): number {
  let n = 0;
  for (const _ of rooms.allConnections()) n++;
  return n;
}

async function settledHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 20));
  }
  return process.memoryUsage().heapUsed;
}

/**
 * Standard providers connect to one board, sync and leave, over and over, on the in-process
 * server; afterwards the board must be unloaded and no connection left, and the heap back near
 * where it started.
 */
export async function runChurn(opts: ChurnOptions): Promise<ChurnFigures> {
  const { cycles, concurrency = 10 } = opts;
  const started = Date.now();
  const server = await startServer(unlimitedConfig());
  try {
    const workshop = await server.createWorkshop('Atelier des allées et venues');
    const participant = await server.join(workshop.joinCode, 'Lina');
    const docName = roomDocName(workshop.workshopId, workshop.rooms[0]!.id);
    const closeCodes: number[] = [];
    const cycle = async (i: number): Promise<void> => {
      const p = connectProvider(server.wsUrl, docName, i % 2 === 0 ? participant.token : workshop.facilitatorToken);
      p.provider.on('connection-close', (event) => {
        if (event && event.code >= 4000) closeCodes.push(event.code);
      });
      try {
        await whenSynced(p, 30_000);
      } finally {
        p.destroy();
      }
    };
    const run = async (count: number): Promise<void> => {
      let next = 0;
      const lane = async (): Promise<void> => {
        while (next < count) await cycle(next++);
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
      await waitFor(
        () => server.rooms.loadedRooms === 0 && connectionCount(server.rooms) === 0 && server.app.websocketServer.clients.size === 0,
        30_000,
        'the board to unload and every socket to close',
      );
    };
    // Warm up first, so the baseline already holds the code paths and caches a run needs.
    await run(Math.min(200, cycles));
    const heapBefore = await settledHeap();
    await run(cycles);
    const heapAfter = await settledHeap();
    return {
      cycles,
      closeCodes,
      loadedRoomsAfter: server.rooms.loadedRooms,
      connectionsAfter: connectionCount(server.rooms),
      socketsAfter: server.app.websocketServer.clients.size,
      heapBefore,
      heapAfter,
      gc: typeof (globalThis as { gc?: unknown }).gc === 'function',
      ms: Date.now() - started,
    };
  } finally {
    await server.dispose();
  }
}
