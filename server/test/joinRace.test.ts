import { describe, expect, it, onTestFinished } from 'vitest';
import { roomDocName } from '@essaim/shared';
import { openRawSocket } from './rawSocket.js';
import { waitFor } from './providers.js';
import { startServer } from './startServer.js';

function connections(rooms: { allConnections(): Iterable<unknown> }): number {
  return [...rooms.allConnections()].length;
}

describe('sockets that leave while they join', () => {
  it('leave no connection behind and let the board unload, wherever in the join they close', async () => {
    // one person's 300 sockets: the socket cap lifted, so that each of them goes through the join
    const server = await startServer({ maxSocketsPerParticipant: 0 });
    onTestFinished(() => server.stop());
    const workshop = await server.createWorkshop('Atelier des départs pressés');
    const lina = await server.join(workshop.joinCode, 'Lina');
    const docName = roomDocName(workshop.workshopId, workshop.rooms[0]!.id);

    // Closed after 0 to 11 turns of the event loop once open: while the room loads, while access is
    // checked again, and once in the room.
    const sockets = Array.from({ length: 300 }, (_, i) => {
      const raw = openRawSocket(server.wsUrl, docName, lina.token);
      void raw.opened.then(async () => {
        for (let turn = 0; turn < i % 12; turn++) await new Promise((r) => setImmediate(r));
        raw.socket.close();
      }, () => {}); // past the person's cap, refused before the upgrade: never opens
      return raw;
    });
    await Promise.all(sockets.map((s) => s.closed));

    await waitFor(() => server.rooms.loadedRooms === 0 && connections(server.rooms) === 0, 5000, 'the board to unload').catch(() => {});
    expect({ rooms: server.rooms.loadedRooms, connections: connections(server.rooms) }).toEqual({ rooms: 0, connections: 0 });
  });
});
