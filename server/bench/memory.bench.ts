import { it } from 'vitest';
import { mib, reportTable } from '../soak/soakTable.js';
import { createWorkshop, openSynced, pause, startBenchServer } from './benchClient.js';

const CONNECTIONS = 300;
const ROOMS = 72;

it('memory of the server per idle connection and per loaded room', async () => {
  const { server } = await startBenchServer();
  try {
    const w = await createWorkshop(server);
    await pause(500);
    const base = server.rss()!;
    const idle = [];
    for (let i = 0; i < CONNECTIONS; i++) idle.push(await openSynced(server, w.plenaryDoc, w.facilitatorToken));
    await pause(2000);
    const withConnections = server.rss()!;

    const roomClients = [];
    for (let k = 0; k < ROOMS / 24; k++) {
      const ws = await createWorkshop(server, 24);
      for (const room of ws.rooms.filter((r) => !r.plenary)) {
        roomClients.push(await openSynced(server, `w/${ws.workshopId}/r/${room.id}`, ws.facilitatorToken));
      }
    }
    await pause(2000);
    const withRooms = server.rss()!;
    const perConnection = (withConnections - base) / CONNECTIONS;
    reportTable('Memory of the built server (RSS from /proc)', [
      { what: 'baseline (one empty workshop)', value: mib(base) },
      { what: `+${CONNECTIONS} idle connections on one board`, value: mib(withConnections) },
      { what: 'per idle connection', value: `${(perConnection / 1024).toFixed(1)} KiB` },
      { what: `+${ROOMS} loaded rooms, one connection each`, value: mib(withRooms) },
      // not less the idle connection's share: RSS grows by heap chunks, so after 300 idle sockets the
      // heap has slack the rooms fill first, and that difference would be noise (it came out negative)
      { what: 'per loaded room, with its one connection', value: `${((withRooms - withConnections) / ROOMS / 1024).toFixed(1)} KiB` },
    ]);
    for (const c of [...idle, ...roomClients]) c.provider.destroy();
  } finally {
    await server.stop();
  }
});
