import { describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@essaim/shared';
import { useLoggedServer } from './logCapture.js';
import { boardOn } from './openBoard.js';
import { waitFor } from './providers.js';
import { closeOf, openRawSocket } from './rawSocket.js';

describe('log lines per socket are bounded', () => {
  it('logs one line for a socket that sends 20,000 bad frames, not one per frame', async () => {
    const { server, logs } = await useLoggedServer();
    const board = await boardOn(server);
    const raw = openRawSocket(server.wsUrl, board.docName, board.participant.token);
    await raw.opened;
    await waitFor(() => raw.messages.length > 0, 5000, 'the room to be joined');
    const junk = new Uint8Array([0xff]);
    for (let i = 0; i < 20_000; i++) raw.socket.send(junk);
    // 4408 when the frames arrive while the server still re-checks the socket's access (at most 256 wait)
    expect([CLOSE_CODES.BadMessage, CLOSE_CODES.TooSlow]).toContain((await closeOf(raw)).code);
    await new Promise((r) => setTimeout(r, 300));
    const about = logs.entries().filter((e) => e.participantId === board.participant.participantId && (e.level as number) >= 40);
    expect(about.length).toBeLessThanOrEqual(1);
  });

  it('summarises the same warning repeated by one person reconnecting in a loop', async () => {
    const { server, logs } = await useLoggedServer();
    const board = await boardOn(server);
    for (let i = 0; i < 30; i++) {
      const raw = openRawSocket(server.wsUrl, board.docName, board.participant.token);
      // after 5 refusals the person is turned away at opening, after 16 of those before the upgrade
      if (!(await raw.opened.then(() => true, () => false))) continue;
      raw.socket.send(new Uint8Array([0xff]));
      await closeOf(raw);
    }
    const warnings = logs.entries().filter((e) => e.participantId === board.participant.participantId && e.msg === 'closing connection on bad message');
    expect(warnings).toHaveLength(1);
  });

  it('logs a bounded number of lines for one token opening sockets in a loop past its cap', async () => {
    const { server, logs } = await useLoggedServer();
    const board = await boardOn(server);
    const before = logs.lines().length;
    const started = Date.now();
    const sockets = Array.from({ length: 300 }, () => openRawSocket(server.wsUrl, board.docName, board.participant.token));
    await Promise.all(sockets.map((s) => s.opened.catch(() => {})));
    // past the 16 turned away, a knocking token is let through to be turned away once a second
    const perSecond = Math.ceil((Date.now() - started) / 1000);
    await waitFor(() => sockets.filter((s) => s.socket.readyState === s.socket.OPEN).length <= 8, 5000, 'the sockets past the cap to be closed');
    const lines = logs.lines().slice(before);
    // the 8 let in, the 16 turned away with 4429 and one a second after them are logged; the ~270 answered
    // 429 before the upgrade are not, one by one (a loaded machine takes a few seconds to open 300 sockets)
    expect(lines.filter((l) => l.includes('incoming request')).length).toBeLessThanOrEqual(30 + perSecond);
    expect(lines.length).toBeLessThan(120);
    expect(lines.some((l) => l.includes('sync refused before the upgrade'))).toBe(true);
  });
});
