import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { CLOSE_CODES, readBoardPolicy, readTimers as storedTimers, setBoardPolicy, workshopMaps, type TimersResponse } from '@essaim/shared';
import { noteIds, sampleNote, storedDoc, writeNote } from './openBoard.js';
import { openRawClient } from './rawClient.js';
import { waitFor as waitUntil, whenSynced } from './providers.js';
import { waitFor } from './providers.js';
import { closeOf, expectAdmitted, openRawSocket, type RawSocket } from './rawSocket.js';
import { bearer, expectError, request, type Answer } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

const TIME = 8;

function postTimer(scene: WorkshopScene, body: unknown, token?: string | null): Promise<Answer<TimersResponse>> {
  return scene.admin<TimersResponse>('POST', '/timer', body, token);
}

async function readTimers(scene: WorkshopScene): Promise<TimersResponse> {
  const answer = await request<TimersResponse>(scene.server.url, `/api/workshops/${scene.workshop.workshopId}/timer`, { headers: bearer(scene.workshop.facilitatorToken) });
  expect(answer.status).toBe(200);
  return answer.body;
}

async function openSocket(scene: WorkshopScene, docName: string, token: string): Promise<RawSocket> {
  const raw = openRawSocket(scene.server.wsUrl, docName, token);
  await expectAdmitted(raw);
  return raw;
}

const timeAnswers = (raw: RawSocket): number[] =>
  raw.messages.flatMap((message) => {
    const decoder = decoding.createDecoder(new Uint8Array(message));
    return decoding.readVarUint(decoder) === TIME ? [decoding.readVarUint(decoder)] : [];
  });

/** Red team of the shared timer (issue 12): clock requests forged by hand, timer actions from the wrong people, the lock at the end against the board lock. */
describe('red team: the shared timer', () => {
  it('closes a socket whose clock request id is a 10-byte varint (past 2^53) as a bad message, never a server error', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const lina = await scene.join('Lina');
    for (const frame of [
      new Uint8Array([TIME, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
      new Uint8Array([TIME, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]),
    ]) {
      const raw = await openSocket(scene, scene.board(lina.roomId), lina.token);
      raw.socket.send(frame);
      const close = await closeOf(raw);
      expect(close.code).toBe(CLOSE_CODES.BadMessage);
    }
    // the largest safe id is answered as sent
    const raw = await openSocket(scene, scene.docName, lina.token);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, TIME);
    encoding.writeVarUint(encoder, Number.MAX_SAFE_INTEGER);
    raw.socket.send(encoding.toUint8Array(encoder));
    await waitFor(() => timeAnswers(raw).length === 1, 5000, 'the answer');
    expect(timeAnswers(raw)).toEqual([Number.MAX_SAFE_INTEGER]);
  });

  it('refuses timer actions from a participant, an observer, and a facilitator of another workshop, leaving the timers as they were', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const other = await openWorkshop({ rooms: 1 }, scene.server);
    const lina = await scene.join('Lina');
    const observer = await scene.invite('observer', 'Obs');
    for (const token of [lina.token, observer.token, other.workshop.facilitatorToken]) {
      expectError(await postTimer(scene, { action: 'start', seconds: 60 }, token), 403, 'forbidden');
    }
    // the other workshop's facilitator naming their own rooms on this workshop
    expectError(await postTimer(scene, { action: 'start', seconds: 60, roomIds: [other.plenary.id] }, other.workshop.facilitatorToken), 403, 'forbidden');
    for (const timer of (await readTimers(scene)).timers) expect(timer.running).toBe(false);
  });

  it('refuses room ids of another workshop, `__proto__`, 1,000 ids (10,000: 413, the body limit), and odd seconds with 400', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const other = await openWorkshop({ rooms: 1 }, scene.server);
    const many = Array.from({ length: 1_000 }, () => scene.plenary.id);
    for (const body of [
      { action: 'start', seconds: 60, roomIds: [other.plenary.id] },
      { action: 'start', seconds: 60, roomIds: ['__proto__'] },
      { action: 'start', seconds: 60, roomIds: ['constructor', 'toString'] },
      { action: 'start', seconds: 60, roomIds: many },
      { action: 'start', seconds: 7200.5 },
      { action: 'start', seconds: -0 },
      { action: 'start', seconds: 1e309 },
      { action: 'add', seconds: null },
      { action: 'start', seconds: 60, lockAtEnd: 1 },
    ]) {
      expectError(await postTimer(scene, body), 400, 'invalid_request');
    }
    expect((await postTimer(scene, { action: 'start', seconds: 60, roomIds: Array.from({ length: 10_000 }, () => scene.plenary.id) })).status).toBe(413);
    // duplicates are one room
    const twice = await postTimer(scene, { action: 'start', seconds: 60, roomIds: [scene.plenary.id, scene.plenary.id] });
    expect(twice.status).toBe(200);
    expect(twice.body.timers.filter((t) => t.running).map((t) => t.roomId)).toEqual([scene.plenary.id]);
  });

  it('keeps an ended lockAtEnd timer’s lock through the facilitator toggling the board lock, and the board lock through « stop »', async () => {
    const scene = await openWorkshop({ rooms: 1, assignment: 'choice' });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', room);
    const board = scene.board(room);
    const facilitator = scene.connect(board, scene.workshop.facilitatorToken);
    await whenSynced(facilitator);
    const started = await postTimer(scene, { action: 'start', seconds: 1, lockAtEnd: true, roomIds: [room] });
    const endsAt = started.body.timers.find((t) => t.roomId === room)!.endsAt!;
    await waitUntil(() => Date.now() > endsAt, 5000, 'the timer to end');
    const tries = async (id: string): Promise<number | 'open'> => {
      const writer = await openRawClient(scene.server.wsUrl, board, lina.token);
      writer.send((doc) => writeNote(doc, sampleNote(id, lina.participantId)));
      // a sync request after the note: its answer says the server read the note first
      writer.socket.send(new Uint8Array([0, 0, 1, 0]));
      const closed = closeOf(writer).then((c) => c.code);
      const stored = waitUntil(() => noteIds(facilitator.doc).includes(id), 5000, `note ${id}`).then(() => 'open' as const);
      return Promise.race([closed, stored]);
    };
    // the facilitator locks then unlocks the board: the timer still holds it
    setBoardPolicy(facilitator.doc, { locked: true });
    setBoardPolicy(facilitator.doc, { locked: false });
    const serverLocked = (locked: boolean) =>
      waitUntil(async () => readBoardPolicy(await storedDoc(scene.server.storage, board)).locked === locked, 5000, `the board ${locked ? 'locked' : 'unlocked'} on the server`);
    await serverLocked(false);
    expect(await tries('n-1')).toBe(CLOSE_CODES.RefusedChange);
    // the board locked by hand, then the timer stopped: the hand lock holds
    setBoardPolicy(facilitator.doc, { locked: true });
    await serverLocked(true);
    expect((await postTimer(scene, { action: 'stop', roomIds: [room] })).status).toBe(200);
    expect(await tries('n-2')).toBe(CLOSE_CODES.RefusedChange);
    // unlocked by hand, nothing holds her any more
    setBoardPolicy(facilitator.doc, { locked: false });
    await serverLocked(false);
    expect(await tries('n-3')).toBe('open');
    expect(noteIds(facilitator.doc)).toEqual(['n-3']);
  });

  it('gives one person 8 sockets × 10 clock answers a second at most, keeping every socket of an 8 × 100 burst open (the budget is per socket)', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const lina = await scene.join('Lina');
    const sockets = await Promise.all(Array.from({ length: 8 }, (_, i) => openSocket(scene, i % 2 ? scene.docName : scene.board(lina.roomId), lina.token)));
    for (const raw of sockets) for (let i = 1; i <= 100; i++) raw.socket.send(new Uint8Array([TIME, i]));
    for (const raw of sockets) raw.socket.send(new Uint8Array([0, 0, 1, 0]));
    await waitFor(() => sockets.every((raw) => raw.messages.some((m) => m[0] === 0 && m[1] === 1)), 10_000, 'every flood read');
    const answered = sockets.map((raw) => timeAnswers(raw).length);
    for (const n of answered) expect(n).toBeLessThanOrEqual(11);
    for (const raw of sockets) expect(raw.socket.readyState).toBe(raw.socket.OPEN);
  });

  it('forgets a removed room’s timer: the workshop document keeps no entry for a room that is gone', async () => {
    const scene = await openWorkshop({ rooms: 2 });
    const gone = scene.breakouts[1]!.id;
    expect((await postTimer(scene, { action: 'start', seconds: 600, lockAtEnd: true })).status).toBe(200);
    expect((await scene.admin('DELETE', `/rooms/${gone}`)).status).toBe(204);
    const stored = async () => [...workshopMaps(await storedDoc(scene.server.storage, scene.docName)).timers.keys()].sort();
    await waitUntil(async () => !(await stored()).includes(gone), 5000, 'the removed room’s timer gone');
    expect(await stored()).toEqual([scene.plenary.id, scene.breakouts[0]!.id].sort());
    // the rooms left still count down
    expect((await readTimers(scene)).timers.map((t) => t.running)).toEqual([true, true]);
  });

  it('leaves every room in one of the three timer states when two facilitators race start, pause, add and stop', async () => {
    const scene = await openWorkshop({ rooms: 3 });
    const co = await scene.invite('facilitator', 'Co');
    const actions = ['start', 'stop', 'pause', 'add', 'resume', 'start'] as const;
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        postTimer(scene, { action: actions[i % actions.length], seconds: 60 + i, lockAtEnd: i % 2 === 0 }, i % 2 ? co.token : scene.workshop.facilitatorToken),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const read = await readTimers(scene);
    const doc = await storedDoc(scene.server.storage, scene.docName);
    // every stored entry reads as a timer (none half-written), and the API says what the document holds
    expect(workshopMaps(doc).timers.size).toBe(storedTimers(doc).size);
    for (const timer of read.timers) {
      const stored = storedTimers(doc).get(timer.roomId);
      expect(timer.running).toBe(stored?.running ?? false);
      expect(timer.paused).toBe(stored?.paused ?? false);
    }
  });
});
