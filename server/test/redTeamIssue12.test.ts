import { describe, expect, it, onTestFinished } from 'vitest';
import { boardMaps, readNotes, readPhases, type RevealResponse, type RunnerResponse } from '@essaim/shared';
import { encodeSnapshot } from '../src/storage/documentLog.js';
import { storedDoc, useServer } from './openBoard.js';
import { draftNote, getPhase, ok, openPhaseScene, postPhase, postReveal, writeDrafts } from './privatePhaseScene.js';
import { waitFor, whenSynced } from './providers.js';
import type { Answer } from './request.js';
import { startServer } from './startServer.js';
import { openWorkshop } from './workshopScene.js';

/**
 * Red team of issue 12's server surface (drafts, « Révéler », the runner, attention): what a
 * modified client or an unlucky moment can do, beyond `privatePhaseAttacks.test.ts`.
 */

describe('red team, issue 12', () => {
  it('loses no draft when the server shuts down while « Révéler » loads the room’s documents', async () => {
    // stopped by the test itself; its data directory goes when the test ends
    const server = await startServer({ joinRateLimit: 1000 });
    onTestFinished(() => server.dispose());
    const scene = await openPhaseScene({}, server);
    await ok(postPhase(scene, { question: 'Que changer ?' }));
    // Lina's drafts open (their log not yet compacted); the board unloaded
    const own = scene.connect(scene.drafts(scene.lina), scene.lina.token);
    await whenSynced(own);
    writeDrafts(own.doc, [draftNote('d0', scene.lina.participantId, { text: 'à garder' })]);
    await waitFor(async () => boardMaps(await storedDoc(server.storage, scene.drafts(scene.lina))).notes.size === 1, 5000, 'the draft stored');

    // the board is slow to read from disk: the shutdown starts while the reveal waits for it
    const board = scene.board(scene.room);
    const storage = server.storage;
    const load = storage.loadDocument.bind(storage);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let waiting = false;
    storage.loadDocument = async (name) => {
      if (name === board) {
        waiting = true;
        await gate;
      }
      return load(name);
    };
    const reveal = postReveal(scene, { roomIds: [scene.room] }).catch((err: unknown) => err);
    await waitFor(() => waiting, 5000, 'the reveal to load the board');
    const stopping = server.stop();
    await new Promise((r) => setTimeout(r, 20));
    release();
    await stopping;
    await reveal;

    const again = await useServer({}, server.dataDir);
    const onBoard = readNotes(await storedDoc(again.storage, board)).map((n) => n.text);
    const kept = [...boardMaps(await storedDoc(again.storage, scene.drafts(scene.lina))).notes.values()].map((n) => n.text);
    const phase = readPhases(await storedDoc(again.storage, scene.docName)).get(scene.room);
    // nothing is lost, and what the facilitator was told is what the board holds
    expect([...onBoard, ...kept]).toContain('à garder');
    const answer = (await reveal) as Answer<RevealResponse>;
    if (answer.status === 200) {
      expect(answer.body.revealed[scene.room]).toBe(1);
      expect(onBoard).toEqual(['à garder']);
      expect(phase?.active).toBe(false);
    } else {
      expect(answer.status).toBeGreaterThanOrEqual(500);
      expect(kept).toEqual(['à garder']);
      expect(phase?.active).toBe(true);
    }
  });

  it('keeps « Révéler » within the board’s size limit: the drafts that do not fit stay their authors’, counted', async () => {
    const maxBoardBytes = 48 * 1024;
    const scene = await openPhaseScene({}, await useServer({ joinRateLimit: 1000, maxBoardBytes }));
    await ok(postPhase(scene, { question: 'Que changer ?' }));
    // three people, each with drafts under the limit, together far over it
    const long = (who: string, i: number) => `${who} ${i} `.padEnd(1900, 'é');
    const people = [scene.lina, scene.marc, scene.sami];
    const drafts = people.map((p) => scene.connect(scene.drafts(p), p.token));
    await Promise.all(drafts.map((d) => whenSynced(d)));
    people.forEach((p, k) => writeDrafts(drafts[k]!.doc, Array.from({ length: 8 }, (_, i) => draftNote(`d${i}`, p.participantId, { text: long(p.participantId, i) }))));
    await waitFor(async () => Object.values((await ok(getPhase(scene, scene.lina.token))).counts).reduce((a, b) => a + b, 0) === 24, 5000, 'the counts');

    const answer = await ok(postReveal(scene, { roomIds: [scene.room] }));
    const revealed = answer.revealed[scene.room]!;
    expect(revealed).toBeGreaterThan(0);
    const board = await storedDoc(scene.server.storage, scene.board(scene.room));
    expect(encodeSnapshot(board).byteLength).toBeLessThanOrEqual(maxBoardBytes);
    // nothing lost: what the board did not take is still in its authors' drafts, counted
    let left = 0;
    for (const p of people) left += boardMaps(await storedDoc(scene.server.storage, scene.drafts(p))).notes.size;
    expect(left).toBeGreaterThan(0);
    expect(readNotes(board).length + left).toBe(24);
    expect(Object.values((await ok(getPhase(scene, scene.lina.token))).rooms.find((r) => r.roomId === scene.room)!.counts).reduce((a, b) => a + b, 0)).toBe(left);
  });

  it('keeps a run readable when its room holds more people than its pairs may count: « next » forms them all, the run goes on', async () => {
    const scene = await openWorkshop({ rooms: 1, assignment: 'choice' }, await useServer({ joinRateLimit: 1000 }));
    const room = scene.breakouts[0]!.id;
    // anyone with the code may join as many times as they like: 131 people in one room
    for (let i = 0; i < 131; i++) await scene.join(`P${i}`, room);
    const run = (body: unknown) => scene.admin<RunnerResponse>('POST', '/runner', body);
    expect((await run({ action: 'start', question: 'Que changer ?', roomIds: [room], durations: { ideas: 3600 } })).status).toBe(200);
    const paired = await run({ action: 'next', roomIds: [room] });
    expect(paired.status, JSON.stringify(paired.body)).toBe(200);
    const stored = paired.body.runs.find((r) => r.roomId === room);
    expect(stored?.step).toBe('pairs');
    expect(new Set(stored!.pairs.flatMap((p) => p.members)).size).toBe(131);
    const presenting = await run({ action: 'next', roomIds: [room] });
    expect(presenting.body.runs.find((r) => r.roomId === room)).toMatchObject({ step: 'presenting', turn: 0 });
  });
});
