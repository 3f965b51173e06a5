import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { CLOSE_CODES, workshopMaps, type RoomTimer, type TimersResponse } from '@essaim/shared';
import { noteIds, sampleNote, storedDoc, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { openRawClient } from './rawClient.js';
import { closeOf, expectAdmitted, openRawSocket, type RawSocket } from './rawSocket.js';
import { expectError, request, bearer, type Answer } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

const TIME = 8;

/** `token`: the creator's unless another (or null: none) is given */
function postTimer(scene: WorkshopScene, body: unknown, token?: string | null): Promise<Answer<TimersResponse>> {
  return scene.admin<TimersResponse>('POST', '/timer', body, token);
}

function getTimer(scene: WorkshopScene, token: string): Promise<Answer<TimersResponse>> {
  return request<TimersResponse>(scene.server.url, `/api/workshops/${scene.workshop.workshopId}/timer`, { headers: bearer(token) });
}

async function timers(answer: Promise<Answer<TimersResponse>>): Promise<TimersResponse> {
  const { status, body } = await answer;
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

const byRoom = (answer: TimersResponse, roomId: string): RoomTimer => answer.timers.find((t) => t.roomId === roomId)!;

const STOPPED = { running: false, paused: false, endsAt: null, remainingMs: 0, durationMs: 0, lockAtEnd: false };

/** `[8][requestId]`, written by hand. */
function timeRequest(requestId: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, TIME);
  encoding.writeVarUint(encoder, requestId);
  return encoding.toUint8Array(encoder);
}

/** Every clock answer the socket received, in order. */
function timeAnswers(raw: RawSocket): { requestId: number; serverNow: number }[] {
  return raw.messages.flatMap((message) => {
    const decoder = decoding.createDecoder(new Uint8Array(message));
    if (decoding.readVarUint(decoder) !== TIME) return [];
    return [{ requestId: decoding.readVarUint(decoder), serverNow: decoding.readFloat64(decoder) }];
  });
}

/** A sync step 1 asking for everything: its answer (a step 2) comes after whatever the server did with the frames sent before it. */
function syncRequest(): Uint8Array {
  return new Uint8Array([0, 0, 1, 0]);
}
const isStep2 = (message: Buffer): boolean => message[0] === 0 && message[1] === 1;

async function openSocket(scene: WorkshopScene, docName: string, token: string): Promise<RawSocket> {
  const raw = openRawSocket(scene.server.wsUrl, docName, token);
  await expectAdmitted(raw);
  return raw;
}

describe('the shared timer', () => {
  it('starts in every room, the plenary first, and a participant reads each room’s end in server time', async () => {
    const scene = await openWorkshop({ rooms: 2 });
    const lina = await scene.join('Lina');
    const before = Date.now();
    const started = await timers(postTimer(scene, { action: 'start', seconds: 300 }));
    const after = Date.now();
    expect(started.serverNow).toBeGreaterThanOrEqual(before);
    expect(started.serverNow).toBeLessThanOrEqual(after);

    const read = await timers(getTimer(scene, lina.token));
    expect(read.timers.map((t) => t.roomId)).toEqual([scene.plenary.id, ...scene.breakouts.map((r) => r.id)]);
    for (const timer of read.timers) {
      expect(timer).toEqual({
        roomId: timer.roomId,
        running: true,
        paused: false,
        endsAt: started.serverNow + 300_000,
        remainingMs: started.serverNow + 300_000 - read.serverNow,
        durationMs: 300_000,
        lockAtEnd: false,
      });
    }
  });

  it('pauses keeping the time left, resumes from it, adds a minute, and stops', async () => {
    const scene = await openWorkshop({ rooms: 2 });
    const [room, other] = scene.breakouts.map((r) => r.id) as [string, string];
    const started = await timers(postTimer(scene, { action: 'start', seconds: 600 }));
    const endsAt = started.serverNow + 600_000;

    const paused = await timers(postTimer(scene, { action: 'pause', roomIds: [room] }));
    const left = endsAt - paused.serverNow;
    expect(byRoom(paused, room)).toEqual({ roomId: room, running: true, paused: true, endsAt: null, remainingMs: left, durationMs: 600_000, lockAtEnd: false });
    // the other rooms go on
    expect(byRoom(paused, other)).toMatchObject({ paused: false, endsAt });

    // read again later, the time left has not moved
    const stillPaused = await timers(getTimer(scene, scene.workshop.facilitatorToken));
    expect(byRoom(stillPaused, room).remainingMs).toBe(left);

    const resumed = await timers(postTimer(scene, { action: 'resume', roomIds: [room] }));
    expect(byRoom(resumed, room)).toMatchObject({ running: true, paused: false, endsAt: resumed.serverNow + left });

    const added = await timers(postTimer(scene, { action: 'add', roomIds: [other] }));
    expect(byRoom(added, other)).toMatchObject({ endsAt: endsAt + 60_000, remainingMs: endsAt + 60_000 - added.serverNow, durationMs: 660_000 });
    const addedMore = await timers(postTimer(scene, { action: 'add', seconds: 30, roomIds: [other] }));
    expect(byRoom(addedMore, other).endsAt).toBe(endsAt + 90_000);

    const stopped = await timers(postTimer(scene, { action: 'stop' }));
    for (const timer of stopped.timers) expect(timer).toEqual({ roomId: timer.roomId, ...STOPPED });
  });

  it('acts on the rooms named only', async () => {
    const scene = await openWorkshop({ rooms: 3 });
    const chosen = scene.breakouts[1]!.id;
    const answer = await timers(postTimer(scene, { action: 'start', seconds: 180, roomIds: [chosen, chosen] }));
    for (const timer of answer.timers) {
      if (timer.roomId === chosen) expect(timer).toMatchObject({ running: true, endsAt: answer.serverNow + 180_000 });
      else expect(timer).toEqual({ roomId: timer.roomId, ...STOPPED });
    }
  });

  it('lets only the workshop’s facilitators act, and only its people read', async () => {
    const server = await useServer({ joinRateLimit: 1000 });
    const scene = await openWorkshop({ rooms: 1 }, server);
    const elsewhere = await openWorkshop({ rooms: 1 }, server);
    const lina = await scene.join('Lina');
    const observer = await scene.invite('observer', 'Observatoire');
    const cofacilitator = await scene.invite('facilitator', 'Claire');

    expectError(await postTimer(scene, { action: 'start', seconds: 60 }, lina.token), 403, 'forbidden');
    expectError(await postTimer(scene, { action: 'start', seconds: 60 }, observer.token), 403, 'forbidden');
    expectError(await postTimer(scene, { action: 'start', seconds: 60 }, elsewhere.workshop.facilitatorToken), 403, 'forbidden');
    expectError(await postTimer(scene, { action: 'start', seconds: 60 }, null), 401, 'unauthorized');
    expectError(await getTimer(scene, elsewhere.workshop.facilitatorToken), 403, 'forbidden');
    // none of them started anything
    const read = await timers(getTimer(scene, observer.token));
    for (const timer of read.timers) expect(timer).toEqual({ roomId: timer.roomId, ...STOPPED });

    const started = await timers(postTimer(scene, { action: 'start', seconds: 60 }, cofacilitator.token));
    expect(started.timers.every((t) => t.running)).toBe(true);
  });

  it('refuses malformed requests with a readable 400, writing nothing', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const bad: unknown[] = [
      {},
      { action: 'explode' },
      { action: 'start' },
      { action: 'start', seconds: 0 },
      { action: 'start', seconds: 7201 },
      { action: 'start', seconds: 1.5 },
      { action: 'start', seconds: '60' },
      { action: 'add', seconds: -60 },
      { action: 'start', seconds: 60, roomIds: 'all' },
      { action: 'start', seconds: 60, roomIds: [] },
      { action: 'start', seconds: 60, roomIds: [42] },
      { action: 'start', seconds: 60, roomIds: [scene.plenary.id, 'nowhere'] },
      { action: 'start', seconds: 60, lockAtEnd: 'yes' },
      ['start', 60],
    ];
    for (const body of bad) expectError(await postTimer(scene, body), 400, 'invalid_request');
    const read = await timers(getTimer(scene, scene.workshop.facilitatorToken));
    for (const timer of read.timers) expect(timer).toEqual({ roomId: timer.roomId, ...STOPPED });
  });

  it('keeps every room’s timer across a server restart, and the lock at the end with it', async () => {
    const scene = await openWorkshop({ rooms: 2, assignment: 'choice' });
    const [room, lockedRoom] = scene.breakouts.map((r) => r.id) as [string, string];
    const lina = await scene.join('Lina', lockedRoom);
    await timers(postTimer(scene, { action: 'start', seconds: 900, lockAtEnd: true }));
    await timers(postTimer(scene, { action: 'pause', roomIds: [room] }));
    await timers(postTimer(scene, { action: 'start', seconds: 1, lockAtEnd: true, roomIds: [lockedRoom] }));
    const before = await timers(getTimer(scene, lina.token));

    await scene.server.stop();
    const restarted = await useServer({}, scene.server.dataDir);

    // nothing has read the workshop document since the restart: the board's first load does, for its guard
    await waitFor(() => Date.now() > byRoom(before, lockedRoom).endsAt!, 5000, 'the one-second timer to end');
    const writer = await openRawClient(restarted.wsUrl, scene.board(lockedRoom), lina.token);
    writer.send((doc) => writeNote(doc, sampleNote('n-late', lina.participantId)));
    expect((await closeOf(writer)).code).toBe(CLOSE_CODES.RefusedChange);

    const after = await timers(getTimer({ ...scene, server: restarted }, lina.token));
    // the paused room keeps its time left; the others their end, in server time
    expect(after.timers).toEqual(before.timers.map((t) => (t.paused ? t : { ...t, remainingMs: Math.max(0, t.endsAt! - after.serverNow) })));
    expect(byRoom(after, room)).toMatchObject({ paused: true, lockAtEnd: true });
  });

  it('answers a clock request at once, on a board and on the workshop document, with the server’s time', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const lina = await scene.join('Lina');
    const observer = await scene.invite('observer', 'Observatoire');
    for (const [docName, token] of [
      [scene.board(lina.roomId), lina.token],
      [scene.docName, observer.token],
    ] as const) {
      const raw = await openSocket(scene, docName, token);
      for (const requestId of [1, 2, 3, 2 ** 32 + 7]) {
        const sentAt = Date.now();
        raw.socket.send(timeRequest(requestId));
        await waitFor(() => timeAnswers(raw).some((a) => a.requestId === requestId), 5000, `the answer to clock request ${requestId}`);
        const receivedAt = Date.now();
        const { serverNow } = timeAnswers(raw).find((a) => a.requestId === requestId)!;
        // one clock on both sides: the server read it between the request and the answer
        expect(serverNow).toBeGreaterThanOrEqual(sentAt);
        expect(serverNow).toBeLessThanOrEqual(receivedAt);
      }
    }
  });

  it('closes a socket that sends a malformed clock request with 4400', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const lina = await scene.join('Lina');
    for (const frame of [new Uint8Array([TIME]), new Uint8Array([TIME, 1, 0xff]), new Uint8Array([TIME, 0x80])]) {
      const raw = await openSocket(scene, scene.board(lina.roomId), lina.token);
      raw.socket.send(frame);
      expect((await closeOf(raw)).code).toBe(CLOSE_CODES.BadMessage);
      expect(timeAnswers(raw)).toEqual([]);
    }
  });

  it('answers a client’s burst of 5, at most about 10 of a flood of 100, and closes a socket that floods on', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const lina = await scene.join('Lina');
    const honest = await openSocket(scene, scene.board(lina.roomId), lina.token);
    for (let i = 1; i <= 5; i++) honest.socket.send(timeRequest(i));
    await waitFor(() => timeAnswers(honest).length === 5, 5000, 'the five answers');

    const flood = await openSocket(scene, scene.docName, lina.token);
    for (let i = 1; i <= 100; i++) flood.socket.send(timeRequest(i));
    flood.socket.send(syncRequest());
    await waitFor(() => flood.messages.some(isStep2), 5000, 'the server to have read the flood');
    const answered = timeAnswers(flood).length;
    expect(answered).toBeGreaterThanOrEqual(5);
    expect(answered).toBeLessThanOrEqual(11);
    expect(flood.socket.readyState).toBe(flood.socket.OPEN);

    const worse = await openSocket(scene, scene.docName, lina.token);
    for (let i = 1; i <= 300; i++) worse.socket.send(timeRequest(i));
    expect((await closeOf(worse)).code).toBe(CLOSE_CODES.RateLimited);
  });

  it('with lockAtEnd, refuses a participant’s note once the room’s timer has ended, and takes it again after « add »', async () => {
    const scene = await openWorkshop({ rooms: 2, assignment: 'choice' });
    const [room, otherRoom] = scene.breakouts.map((r) => r.id) as [string, string];
    const lina = await scene.join('Lina', room);
    const marc = await scene.join('Marc', otherRoom);
    const board = scene.board(room);
    const facilitator = scene.connect(board, scene.workshop.facilitatorToken);
    await whenSynced(facilitator);

    const started = await timers(postTimer(scene, { action: 'start', seconds: 1, lockAtEnd: true }));
    // a room whose timer runs without lockAtEnd
    const unlocking = await timers(postTimer(scene, { action: 'start', seconds: 1, roomIds: [otherRoom] }));
    const ends = [byRoom(started, room).endsAt!, byRoom(unlocking, otherRoom).endsAt!];
    await waitFor(() => ends.every((end) => Date.now() > end), 5000, 'both one-second timers to end');

    const writer = await openRawClient(scene.server.wsUrl, board, lina.token);
    writer.send((doc) => writeNote(doc, sampleNote('n-late', lina.participantId)));
    expect((await closeOf(writer)).code).toBe(CLOSE_CODES.RefusedChange);
    expect(noteIds(await storedDoc(scene.server.storage, board))).toEqual([]);
    // the facilitator still writes on the locked board
    writeNote(facilitator.doc, sampleNote('n-facilitator', scene.workshop.facilitatorId));
    await waitFor(async () => noteIds(await storedDoc(scene.server.storage, board)).includes('n-facilitator'), 5000, 'the facilitator’s note stored');
    // the lock is the ended timer's: the other room takes notes
    const marcWriter = await openRawClient(scene.server.wsUrl, scene.board(otherRoom), marc.token);
    marcWriter.send((doc) => writeNote(doc, sampleNote('n-marc', marc.participantId)));
    await waitFor(async () => noteIds(await storedDoc(scene.server.storage, scene.board(otherRoom))).includes('n-marc'), 5000, 'Marc’s note stored');

    await timers(postTimer(scene, { action: 'add', roomIds: [room] }));
    const again = await openRawClient(scene.server.wsUrl, board, lina.token);
    again.send((doc) => writeNote(doc, sampleNote('n-after', lina.participantId)));
    await waitFor(() => noteIds(facilitator.doc).includes('n-after'), 5000, 'the facilitator to see the note written after « add »');
    expect(again.socket.readyState).toBe(again.socket.OPEN);
    expect(marcWriter.socket.readyState).toBe(marcWriter.socket.OPEN);
  });

  it('is in the workshop document, in the contract’s shape, for any standard client, and written by the server only', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const lina = await scene.join('Lina');
    const follower = scene.connect(scene.docName, lina.token);
    await whenSynced(follower);
    const entries = () => workshopMaps(follower.doc).timers.toJSON() as Record<string, Record<string, unknown>>;

    const started = await timers(postTimer(scene, { action: 'start', seconds: 120, lockAtEnd: true }));
    await waitFor(() => Object.keys(entries()).length === 2, 5000, 'the timers in the workshop document');
    for (const room of [scene.plenary, ...scene.breakouts]) {
      expect(entries()[room.id]).toEqual({
        roomId: room.id,
        running: true,
        paused: false,
        endsAt: started.serverNow + 120_000,
        remainingMs: 120_000,
        durationMs: 120_000,
        lockAtEnd: true,
        startedBy: scene.workshop.facilitatorId,
        updatedAt: started.serverNow,
      });
    }

    const paused = await timers(postTimer(scene, { action: 'pause', roomIds: [scene.plenary.id] }));
    await waitFor(() => entries()[scene.plenary.id]?.paused === true, 5000, 'the pause in the workshop document');
    expect(entries()[scene.plenary.id]).toMatchObject({ endsAt: null, remainingMs: byRoom(paused, scene.plenary.id).remainingMs, updatedAt: paused.serverNow });

    // nobody writes a timer through the document, not even a facilitator
    for (const token of [lina.token, scene.workshop.facilitatorToken]) {
      const raw = await openRawClient(scene.server.wsUrl, scene.docName, token);
      raw.send((doc) => workshopMaps(doc).timers.set(scene.plenary.id, { ...entries()[scene.plenary.id], paused: false, endsAt: Date.now() + 3_600_000 }));
      expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    }
    expect(entries()[scene.plenary.id]?.paused).toBe(true);
  });
});
