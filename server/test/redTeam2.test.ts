import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@essaim/shared';
import { useLoggedServer, type LogCapture } from './logCapture.js';
import { boardOn, noteIds, sampleNote, writeNote } from './openBoard.js';
import { clockOf, openPresenceScene, present, seen } from './presenceScene.js';
import { waitFor, whenSynced, type TestProvider } from './providers.js';
import { openRawClient } from './rawClient.js';
import { rawRequest } from './rawRequest.js';
import { openRawSocket, type RawSocket } from './rawSocket.js';
import { upgradeFrom } from './upgradeFrom.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const stateOf = (p: TestProvider, clientId: number) =>
  p.provider.awareness.getStates().get(clientId) as { user?: { id: string }; cursor?: { x: number; y: number }; editing?: string | null } | undefined;

/** The HTTP status of a WebSocket upgrade sent to `path` exactly as written (101 when upgraded). */
const upgradeAt = async (baseUrl: string, path: string): Promise<number> => (await rawRequest(baseUrl, path, { upgrade: true })).status;

const requestLines = (logs: LogCapture) => logs.entries().filter((e) => e.msg === 'incoming request').length;

describe('red team 2: presence', () => {
  it('does not relay an editing claim on a note the sender may not edit (another participant’s note)', async () => {
    const { scene, docName, lina, marc } = await openPresenceScene();
    const linaBoard = await present(scene, docName, lina);
    writeNote(linaBoard.doc, sampleNote('lina-note', lina.user.id));
    const raw = await openRawClient(scene.server.wsUrl, docName, marc.token);
    await waitFor(() => noteIds(raw.doc).includes('lina-note'), 5000, 'Lina’s note to reach Marc');

    // Client id 1: the lowest, so by the clients' tie-break (`editingClaims`) this claim wins over
    // Lina's own: her editor closes (« yielded ») and nobody can open her note while it lasts.
    raw.sendAwareness([{ clientId: 1, clock: 1, state: { user: marc.user, editing: 'lina-note' } }]);

    let closed = false;
    void raw.closed.then(() => (closed = true));
    await waitFor(() => closed || linaBoard.provider.awareness.getStates().has(1), 5000, 'the server to judge Marc’s claim');
    // Marc may not edit Lina's note (editAll is off): his claim on it is a lie the server passes on.
    expect(stateOf(linaBoard, 1)?.editing ?? null).toBeNull();
  });

  it('keeps a withdrawn presence’s client id for its person: another cannot take it and get its owner closed when she comes back', async () => {
    const { scene, docName, lina, marc, animation } = await openPresenceScene();
    const linaBoard = await present(scene, docName, lina);
    const watcher = await present(scene, docName, animation);
    linaBoard.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    await seen(watcher, linaBoard, { x: 1, y: 1 });
    const id = linaBoard.doc.clientID;
    // Marc's socket has said nothing yet: the first id it names becomes « its own ».
    const raw = await openRawClient(scene.server.wsUrl, docName, marc.token);

    // Lina's connection drops (a phone changing networks); her page, same document, reconnects.
    linaBoard.provider.disconnect();
    await waitFor(() => !watcher.provider.awareness.getStates().has(id), 5000, 'Lina’s presence to be withdrawn');
    raw.sendAwareness([{ clientId: id, clock: clockOf(linaBoard) + 1_000_000, state: { user: marc.user, cursor: { x: 66, y: 66 } } }]);
    await sleep(300);
    linaBoard.provider.connect();
    await whenSynced(linaBoard);
    linaBoard.provider.awareness.setLocalStateField('user', lina.user);
    linaBoard.provider.awareness.setLocalStateField('cursor', { x: 2, y: 2 });

    await waitFor(() => linaBoard.closeCodes.length > 0 || stateOf(watcher, id)?.cursor?.x === 2, 5000, 'Lina’s move or her socket’s close');
    // Marc took Lina's client id while she was away: her own presence is then « another
    // connection's », and her socket is closed with 4409 (a strike) at her next move.
    expect(linaBoard.closeCodes).toEqual([]);
    expect(stateOf(watcher, id)).toMatchObject({ user: { id: lina.user.id }, cursor: { x: 2, y: 2 } });
  });

  it('a handful of identities cannot starve the room’s presence: an honest cursor and an honest 100-note drag still move', async () => {
    const { scene, docName, lina, marc, animation } = await openPresenceScene();
    const watcher = await present(scene, docName, animation);
    const mover = await present(scene, docName, marc);
    const dragger = await present(scene, docName, lina);
    await seen(watcher, mover);
    await seen(watcher, dragger);

    // 8 identities from one join code, each within every limit of its own: 16 KB states
    // (an unknown field is dropped, but its bytes are read and paid), a burst of 50, then 25 a
    // second each, staggered (one state every 5 ms): the room's intake never refills.
    const attackers = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const joined = await scene.join(`Bot ${i}`);
        const raw = await openRawClient(scene.server.wsUrl, docName, joined.token);
        return { raw, user: { id: joined.participantId, name: `Bot ${i}` }, clientId: 5_000 + i, clock: 0 };
      }),
    );
    const pad = 'x'.repeat(16 * 1024 - 200);
    const send = (a: (typeof attackers)[number]) => a.raw.sendAwareness([{ clientId: a.clientId, clock: ++a.clock, state: { user: a.user, pad } }]);
    for (const a of attackers) for (let n = 0; n < 50; n++) send(a);
    let turn = 0;
    const flood = setInterval(() => send(attackers[turn++ % attackers.length]!), 5);

    // a legal live drag: 100 notes with 64-character ids, about 8.5 KB of state
    const ids = Array.from({ length: 100 }, (_, i) => String(i).padStart(3, '0').padEnd(64, 'd'));
    const dragAt = (x: number) => Object.fromEntries(ids.map((id, i) => [id, { x, y: i }]));
    const cursors = new Set<number>();
    const drags = new Set<number>();
    watcher.provider.awareness.on('change', () => {
      const x = stateOf(watcher, mover.doc.clientID)?.cursor?.x;
      if (x !== undefined) cursors.add(x);
      const d = (watcher.provider.awareness.getStates().get(dragger.doc.clientID) as { drag?: Record<string, { x: number }> } | undefined)?.drag;
      const dx = d?.[ids[0]!]?.x;
      if (dx !== undefined) drags.add(dx);
    });
    try {
      await sleep(200);
      for (let x = 100; x < 130; x++) {
        mover.provider.awareness.setLocalStateField('cursor', { x, y: 0 });
        dragger.provider.awareness.setLocalStateField('drag', dragAt(x));
        await sleep(100);
      }
    } finally {
      clearInterval(flood);
    }
    expect(attackers.filter((a) => a.raw.socket.readyState !== a.raw.socket.OPEN)).toHaveLength(0);
    // 30 moves in 3 s each: an honest presence should get through most of the time.
    expect(cursors.size, 'cursor moves seen').toBeGreaterThanOrEqual(10);
    expect(drags.size, `drag moves seen (cursor moves seen: ${cursors.size})`).toBeGreaterThanOrEqual(10);
  });
});

describe('red team 2: presence queries', () => {
  it('bounds what one person’s presence queries (3-byte frames) make the server encode and send', async () => {
    const { scene, docName, lina, marc } = await openPresenceScene();
    // 16 presences, each a legal 100-note drag with 64-character ids (about 8.5 KB re-encoded)
    const drag = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`${String(i).padStart(3, '0')}`.padEnd(64, 'n'), { x: i, y: i }]));
    for (const [p, person] of [lina, marc].entries()) {
      for (let s = 0; s < 8; s++) {
        const raw = await openRawClient(scene.server.wsUrl, docName, person.token);
        raw.sendAwareness([{ clientId: 7_000 + p * 100 + s, clock: 1, state: { user: person.user, drag } }]);
      }
    }
    const joined = await scene.join('Curieux');
    const asker = await openRawClient(scene.server.wsUrl, docName, joined.token);
    await sleep(300);
    const before = asker.messages.reduce((n, m) => n + m.byteLength, 0);
    const started = performance.now();
    const lag = monitorEventLoopDelay({ resolution: 1 });
    lag.enable();
    // 100 queries (message type 3) of one byte each: the person's presence-change burst
    for (let n = 0; n < 100; n++) asker.socket.send(Uint8Array.of(3));
    await sleep(1000);
    const received = asker.messages.reduce((n, m) => n + m.byteLength, 0) - before;
    const elapsed = performance.now() - started;
    lag.disable();
    let closedWith: number | null = null;
    void asker.closed.then(({ code }) => (closedWith = code));
    await sleep(0);
    // 100 bytes asked; the answer is the whole room each time. A bound per person would be of the
    // order of its own presence budget (1 MiB burst), not 100 copies of the room.
    expect(received, `${received} bytes answered to 100 bytes of queries within ${Math.round(elapsed)} ms, event loop stalled up to ${Math.round(lag.max / 1e6)} ms, asker closed with ${closedWith}`).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('red team 2: the knocking gate', () => {
  it('answers a knocking token before the router whatever the spelling of the sync URL', async () => {
    const { server, logs } = await useLoggedServer({ maxSocketsPerParticipant: 1 });
    const board = await boardOn(server);
    const token = board.participant.token;
    const holder: RawSocket = openRawSocket(server.wsUrl, board.docName, token);
    await holder.opened;
    // 16 knocks answered 4429, then the token is « knocking »
    for (let n = 0; n < 17; n++) await upgradeAt(server.url, `/sync/${board.docName}?token=${token}`).catch(() => 0);
    expect(await upgradeAt(server.url, `/sync/${board.docName}?token=${token}`)).toBe(429);

    const spellings = [`/sync/${board.docName}?token=${token}`, `/%73ync/${board.docName}?token=${token}`, `/sync/${board.docName}?%74oken=${token}`, `/sync/${board.docName}?toke%6E=${token}`];
    const answers = [];
    for (const path of spellings) {
      const before = requestLines(logs);
      const status = await upgradeAt(server.url, path);
      await sleep(20);
      // past the gate, each try costs the router, a signature check and two request log lines
      answers.push({ path: path.replace(token, '<token>'), status, routed: requestLines(logs) - before });
    }
    expect(answers).toEqual(spellings.map((path) => ({ path: path.replace(token, '<token>'), status: 429, routed: 0 })));
  });
});

describe('red team 2: origins with a public address', () => {
  it('refuses every named host a DNS answer could point here, however it is spelled', async () => {
    const { server } = await useLoggedServer({ publicUrl: 'https://essaim.example.org' });
    const board = await boardOn(server);
    const { port } = new URL(server.url);
    const tryIt = (origin: string, host: string) => upgradeFrom(server.wsUrl, board.docName, board.participant.token, origin, host);
    const cases: [string, string][] = [
      [`http://localhost.:${port}`, `localhost.:${port}`],
      [`http://app.localhost:${port}`, `app.localhost:${port}`],
      [`http://127.0.0.1.nip.io:${port}`, `127.0.0.1.nip.io:${port}`],
      [`http://0x7f000001:${port}`, `0x7f000001:${port}`],
      [`http://2130706433:${port}`, `2130706433:${port}`],
      [`http://evil.example:${port}`, `evil.example:${port}`],
      ['null', `127.0.0.1:${port}`],
      [`http://127.0.0.1:${port}`, `127.0.0.1:1${port}`],
      [`http://[::1]:${port}`, `[::1]:1${port}`],
    ];
    const answers = [];
    for (const [origin, host] of cases) answers.push({ origin, status: await tryIt(origin, host) });
    expect(answers).toEqual(cases.map(([origin]) => ({ origin, status: 403 })));
  });
});

describe('red team 2: a removed participant', () => {
  it('gets 4401 for a socket opened right after the removal, not « too many tabs » nor a knock', async () => {
    const { server } = await useLoggedServer({ maxSocketsPerParticipant: 2 });
    const board = await boardOn(server);
    const token = board.participant.token;
    const held = [openRawSocket(server.wsUrl, board.docName, token), openRawSocket(server.wsUrl, board.docName, token)];
    await Promise.all(held.map((h) => h.opened));
    // the removed person's sockets do not answer the close frame: the server counts them until it cuts them
    for (const h of held) h.socket.pause();
    const removal = await fetch(`${server.url}/api/workshops/${board.workshop.workshopId}/participants/${board.participant.participantId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.workshop.facilitatorToken}` },
    });
    expect(removal.status).toBe(204);
    const codes: number[] = [];
    for (let n = 0; n < 20; n++) {
      const s = openRawSocket(server.wsUrl, board.docName, token);
      codes.push(await s.closed.then((c) => c.code));
    }
    expect(new Set(codes)).toEqual(new Set([CLOSE_CODES.Unauthorized]));
  });
});
