import { describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@essaim/shared';
import { noteIds, openBoard, sampleNote, storedDoc, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { openRawClient, type RawClient } from './rawClient.js';
import { rawRequest } from './rawRequest.js';
import { openRawSocket, type RawSocket } from './rawSocket.js';

/** Sockets opened with one token, and how each ended (null: still open after the wait). */
async function openMany(wsUrl: string, docName: string, token: string, count: number): Promise<{ sockets: RawSocket[]; codes: (number | null)[] }> {
  const sockets = Array.from({ length: count }, () => openRawSocket(wsUrl, docName, token));
  const codes: (number | null)[] = sockets.map(() => null);
  sockets.forEach((s, i) => void s.closed.then((c) => (codes[i] = c.code)));
  await waitFor(() => sockets.every((s, i) => codes[i] !== null || s.messages.length > 0), 10_000, 'every socket to be answered');
  return { sockets, codes };
}

describe('limits per person, not per socket', () => {
  it('accepts a few tabs of one participant and closes the sockets beyond the cap with 4429', async () => {
    const board = await openBoard({ maxSocketsPerParticipant: 8 });
    const { codes } = await openMany(board.server.wsUrl, board.docName, board.participant.token, 30);
    expect(codes.filter((c) => c === null)).toHaveLength(8);
    // 16 turned away with the code a client explains; past that, refused before the upgrade (no socket: 1006)
    expect(codes.filter((c) => c === CLOSE_CODES.TooManySockets)).toHaveLength(16);
    expect(codes.filter((c) => c !== null && c !== CLOSE_CODES.TooManySockets)).toEqual(Array(6).fill(1006));
    const knock = await rawRequest(board.server.url, `/sync/${board.docName}?token=${board.participant.token}`, { upgrade: true });
    const [head, body] = knock.text.split('\r\n\r\n');
    expect({ status: knock.status, retryAfter: /\r\nretry-after: (.*)/i.exec(head!)?.[1], body: JSON.parse(body!) as unknown }).toMatchObject({
      status: 429,
      retryAfter: '1',
      body: { error: { code: 'too_many_requests' } },
    });

    // another person is not affected, and a closed tab frees its place
    const other = await board.server.join(board.workshop.joinCode, 'Marc');
    const marc = board.connect(other.token);
    await whenSynced(marc);
  });

  it('frees a place when one of the person’s sockets closes', async () => {
    const board = await openBoard({ maxSocketsPerParticipant: 2 });
    const { sockets, codes } = await openMany(board.server.wsUrl, board.docName, board.participant.token, 2);
    expect(codes).toEqual([null, null]);
    sockets[0]!.socket.close();
    await sockets[0]!.closed;
    await waitFor(async () => {
      const again = openRawSocket(board.server.wsUrl, board.docName, board.participant.token);
      const answered = await Promise.race([again.closed.then(() => false), new Promise<boolean>((r) => again.socket.once('message', () => r(true)))]);
      if (!answered) return false;
      expect(sockets[1]!.socket.readyState).toBe(sockets[1]!.socket.OPEN);
      return true;
    }, 5000, 'a new socket once one of two closed');
  });

  it('lets a facilitator’s dashboard open a socket for each of many rooms', async () => {
    const board = await openBoard();
    const { codes } = await openMany(board.server.wsUrl, board.docName, board.workshop.facilitatorToken, 30);
    expect(codes.filter((c) => c !== null)).toEqual([]);
  });

  it('shares one update budget between all the sockets of one person', async () => {
    const burst = 20;
    const board = await openBoard({ syncUpdatesPerSecond: 5, syncUpdatesBurst: burst, maxSocketsPerParticipant: 8 });
    const clients: RawClient[] = [];
    for (let i = 0; i < 8; i++) clients.push(await openRawClient(board.server.wsUrl, board.docName, board.participant.token));
    const codes: number[] = [];
    for (const c of clients) void c.closed.then(({ code }) => codes.push(code));
    // eight sockets each send the whole budget at once: each note is a new one of the participant's own
    clients.forEach((c, i) => {
      for (let n = 0; n < burst; n++) c.send((doc) => writeNote(doc, sampleNote(`s${i}-n${n}`, board.participant.participantId)));
    });
    await waitFor(() => codes.length >= 7, 10_000, 'the sockets past the shared budget to close');
    expect(codes.every((c) => c === CLOSE_CODES.RateLimited)).toBe(true);

    const watcher = board.connect(board.workshop.facilitatorToken);
    await whenSynced(watcher);
    const stored = noteIds(await storedDoc(board.server.storage, board.docName));
    // one person's budget (the burst, plus what refilled during the test), not eight of them
    expect(stored.length).toBeGreaterThanOrEqual(burst);
    expect(stored.length).toBeLessThan(burst + 15);
  });

  it('keeps out for a while a person whose changes keep being refused (each one costs the room a rebuild)', async () => {
    const board = await openBoard();
    const marcNote = sampleNote('marc', board.workshop.facilitatorId);
    const facilitator = board.connect(board.workshop.facilitatorToken);
    await whenSynced(facilitator);
    writeNote(facilitator.doc, marcNote);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const raw = await openRawClient(board.server.wsUrl, board.docName, board.participant.token);
      await waitFor(() => raw.doc.getMap('notes').has('marc'), 5000, 'the note to reach the raw client');
      raw.send((doc) => writeNote(doc, { ...marcNote, text: 'réécrite' }));
      codes.push((await raw.closed).code);
    }
    expect(codes).toEqual(Array(5).fill(CLOSE_CODES.RefusedChange));
    const again = openRawSocket(board.server.wsUrl, board.docName, board.participant.token);
    expect((await again.closed).code).toBe(CLOSE_CODES.RateLimited);
    expect(again.messages).toEqual([]);

    // somebody else in the room is not held back
    const other = await board.server.join(board.workshop.joinCode, 'Marc');
    await whenSynced(board.connect(other.token));
  });
});
