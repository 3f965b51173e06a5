import { describe, expect, it } from 'vitest';
import {
  draftsDocName,
  frameHoldsNote,
  parseFrame,
  readAttention,
  readPhases,
  readRuns,
  readTimer,
  boardMaps,
  type Frame,
  type JoinResponse,
  type RoomRun,
  type RunnerResponse,
} from '@essaim/shared';
import { sampleNote, useProvider, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced, type TestProvider } from './providers.js';
import { expectError, request, bearer, type Answer } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

function postRunner(scene: WorkshopScene, body: unknown, token?: string | null): Promise<Answer<RunnerResponse>> {
  return scene.admin<RunnerResponse>('POST', '/runner', body, token);
}

async function runOf(answer: Promise<Answer<RunnerResponse>>, roomId: string): Promise<RoomRun> {
  const { status, body } = await answer;
  expect(status, JSON.stringify(body)).toBe(200);
  const run = body.runs.find((r) => r.roomId === roomId);
  expect(run, JSON.stringify(body)).toBeDefined();
  return run!;
}

const frames = (p: TestProvider): Frame[] => [...boardMaps(p.doc).frames.values()].map(parseFrame).filter((f): f is Frame => f !== null);

describe('the 3-12-3 runner', () => {
  it('runs the four steps in one room — reveal at the ideas’ end, pairs with zones, turns in focus, gathering — and survives a restart', async () => {
    const scene = await openWorkshop({ rooms: 1, template: 'brainstorm-3-12-3' });
    const roomId = scene.breakouts[0]!.id;
    const people: JoinResponse[] = [];
    for (const name of ['Amina', 'Bruno', 'Chloé', 'David']) people.push(await scene.join(name, roomId));
    const late = await scene.join('Élise', roomId);
    // four on the board now; Élise arrives later
    const boards = people.map((p) => scene.connect(scene.board(roomId), p.token));
    await Promise.all(boards.map((b) => whenSynced(b)));
    const facilitatorBoard = scene.connect(scene.board(roomId), scene.workshop.facilitatorToken);
    const workshopDoc = scene.connect(scene.docName, scene.workshop.facilitatorToken);
    await Promise.all([whenSynced(facilitatorBoard), whenSynced(workshopDoc)]);

    // 1. ideas: private writing and a short timer; at zero the drafts are revealed without a click
    const started = await runOf(postRunner(scene, { action: 'start', question: 'Comment mieux se déplacer ?', durations: { ideas: 2, pairs: 600, turn: 120 } }), roomId);
    expect(started).toMatchObject({ step: 'ideas', question: 'Comment mieux se déplacer ?', durations: { ideas: 2, pairs: 600, turn: 120 }, pairs: [] });
    await waitFor(() => readPhases(workshopDoc.doc).get(roomId)?.active === true, 5000, 'the private phase');
    // the template's placeholder heading now says the question asked
    await waitFor(() => [...boardMaps(facilitatorBoard.doc).labels.values()].some((l) => (l as { text: string }).text === 'Question\u202f: Comment mieux se déplacer ?'), 5000, 'the question on the board');
    const drafts = people.map((p) => scene.connect(draftsDocName(scene.workshop.workshopId, roomId, p.participantId), p.token));
    await Promise.all(drafts.map((d) => whenSynced(d)));
    drafts.forEach((d, i) => writeNote(d.doc, sampleNote(`idee-${i}`, people[i]!.participantId, { text: `Idée de ${i}` })));
    await waitFor(() => ['idee-0', 'idee-1', 'idee-2', 'idee-3'].every((id) => boardMaps(facilitatorBoard.doc).notes.has(id)), 8000, 'the reveal at the end of the ideas');
    expect(readPhases(workshopDoc.doc).get(roomId)?.active).toBe(false);

    // 2. pairs among the people on the board, each given a zone titled with their names
    const paired = await runOf(postRunner(scene, { action: 'next' }), roomId);
    expect(paired.step).toBe('pairs');
    expect(paired.pairs.map((p) => p.members.length)).toEqual([2, 2]);
    expect(paired.pairs.flatMap((p) => p.members).sort()).toEqual(people.map((p) => p.participantId).sort());
    const nameOf = (id: string) => [...people, late].find((p) => p.participantId === id)!.name;
    await waitFor(() => paired.pairs.every((p) => frames(facilitatorBoard).some((f) => f.id === p.frameId)), 5000, 'the pair zones');
    for (const [i, pair] of paired.pairs.entries()) {
      expect(frames(facilitatorBoard).find((f) => f.id === pair.frameId)!.title).toBe(`Binôme ${i + 1}\u202f: ${pair.members.map(nameOf).join(' et ')}`);
    }
    await waitFor(() => readTimer(workshopDoc.doc, roomId)?.durationMs === 600_000, 5000, 'the pairs’ 12-minute timer (here 10)');

    // the facilitator swaps two people, and the late arrival joins a pair: the zones follow
    const [a, b] = [paired.pairs[0]!.members[0]!, paired.pairs[1]!.members[0]!];
    const swapped = await runOf(postRunner(scene, { action: 'swap', roomIds: [roomId], participantIds: [a, b] }), roomId);
    expect(swapped.pairs[0]!.members).toContain(b);
    expect(swapped.pairs.map((p) => p.frameId)).toEqual(paired.pairs.map((p) => p.frameId));
    const grown = await runOf(postRunner(scene, { action: 'add', roomIds: [roomId], participantId: late.participantId }), roomId);
    expect(grown.pairs[0]!.members).toEqual([...swapped.pairs[0]!.members, late.participantId]);
    await waitFor(() => frames(facilitatorBoard).some((f) => f.id === grown.pairs[0]!.frameId && f.title.startsWith('Trio 1') && f.title.endsWith('et Élise')), 5000, 'the trio’s zone title');
    expectError(await postRunner(scene, { action: 'add', roomIds: [roomId], participantId: late.participantId }), 400, 'invalid_request');

    // each pair writes a proposal in its zone
    const zoneOf = (i: number) => frames(facilitatorBoard).find((f) => f.id === grown.pairs[i]!.frameId)!;
    for (const i of [0, 1]) {
      const author = people.find((p) => p.participantId === grown.pairs[i]!.members[0])!;
      const board = boards[people.indexOf(author)]!;
      writeNote(board.doc, sampleNote(`proposition-${i}`, author.participantId, { x: zoneOf(i).x + 100, y: zoneOf(i).y + 200 }));
    }
    await waitFor(() => boardMaps(facilitatorBoard.doc).notes.has('proposition-0') && boardMaps(facilitatorBoard.doc).notes.has('proposition-1'), 5000, 'the proposals');

    // 3. presentations: the first pair's zone in focus for the room, a turn timer
    const first = await runOf(postRunner(scene, { action: 'next' }), roomId);
    expect(first).toMatchObject({ step: 'presenting', turn: 0 });
    await waitFor(() => readAttention(workshopDoc.doc).get(roomId)?.focus?.id === grown.pairs[0]!.frameId, 5000, 'the first pair in focus');
    expect(readAttention(workshopDoc.doc).get(roomId)!.focus!.kind).toBe('frame');

    // a restart keeps the run where it was
    const before = readRuns(workshopDoc.doc).get(roomId);
    await scene.server.stop();
    const restarted = await useServer({ joinRateLimit: 1000 }, scene.server.dataDir);
    const again: WorkshopScene = {
      ...scene,
      server: restarted,
      admin: (method, path, json, token = scene.workshop.facilitatorToken) => request(restarted.url, `/api/workshops/${scene.workshop.workshopId}${path}`, { method, json, headers: bearer(token ?? undefined) }),
      connect: (docName, token) => useProvider(restarted.wsUrl, docName, token),
    };
    const read = await request<RunnerResponse>(restarted.url, `/api/workshops/${scene.workshop.workshopId}/runner`, { headers: bearer(people[0]!.token) });
    expect(read.body.runs).toEqual([before]);

    // two facilitators click « Binôme suivant » at once: one pair on, not two
    const [second] = await Promise.all([
      runOf(postRunner(again, { action: 'next', at: { step: 'presenting', turn: 0 } }), roomId),
      runOf(postRunner(again, { action: 'next', at: { step: 'presenting', turn: 0 } }), roomId),
    ]);
    expect(second).toMatchObject({ step: 'presenting', turn: 1 });
    expect(await runOf(postRunner(again, { action: 'next', at: { step: 'presenting', turn: 0 } }), roomId)).toMatchObject({ step: 'presenting', turn: 1 });
    const watcher = again.connect(again.docName, people[0]!.token);
    await waitFor(() => readAttention(watcher.doc).get(roomId)?.focus?.id === grown.pairs[1]!.frameId, 5000, 'the second pair in focus');

    // 4. gathering: the proposals go into the clustering zone, the focus ends
    const gathered = await runOf(postRunner(again, { action: 'next' }), roomId);
    expect(gathered).toMatchObject({ step: 'gathered', gathered: 2 });
    const board = again.connect(again.board(roomId), again.workshop.facilitatorToken);
    await whenSynced(board);
    const clustering = frames(board).find((f) => f.title.startsWith('Regroupement'))!;
    for (const id of ['proposition-0', 'proposition-1']) expect(frameHoldsNote(clustering, boardMaps(board.doc).notes.get(id)!)).toBe(true);
    // every view goes to the clustering area; « stop » ends the spotlight
    await waitFor(() => readAttention(watcher.doc).get(roomId)?.focus?.id === clustering.id, 5000, 'the clustering zone in focus');

    // one step back: the last pair presents again; stop ends the run
    expect(await runOf(postRunner(again, { action: 'back' }), roomId)).toMatchObject({ step: 'presenting', turn: 1 });
    const stopped = await postRunner(again, { action: 'stop' });
    expect(stopped.body.runs).toEqual([]);
    await waitFor(() => readAttention(watcher.doc).get(roomId)?.focus === null, 5000, 'the focus to end');
  });

  it('still reveals the ideas at the end of their timer when the server restarted during them', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const roomId = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', roomId);
    await runOf(postRunner(scene, { action: 'start', question: 'Quels besoins ?', durations: { ideas: 3 } }), roomId);
    const drafts = scene.connect(draftsDocName(scene.workshop.workshopId, roomId, lina.participantId), lina.token);
    await whenSynced(drafts);
    writeNote(drafts.doc, sampleNote('idee-lina', lina.participantId, { text: 'Un minibus le samedi' }));
    await waitFor(async () => (await request<{ counts: Record<string, number> }>(scene.server.url, `/api/workshops/${scene.workshop.workshopId}/private-phase`, { headers: bearer(lina.token) })).body.counts[lina.participantId] === 1, 5000, 'the draft to be counted');
    drafts.destroy();

    await scene.server.stop();
    const restarted = await useServer({ joinRateLimit: 1000 }, scene.server.dataDir);
    // nobody asks the runner anything: Lina's screen opening the workshop is enough
    useProvider(restarted.wsUrl, scene.docName, lina.token);
    const board = useProvider(restarted.wsUrl, scene.board(roomId), lina.token);
    await waitFor(() => boardMaps(board.doc).notes.has('idee-lina'), 10_000, 'the reveal at the end of the ideas, after the restart');
  });

  it('is driven by facilitators only, and says clearly what is wrong with a request', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const lina = await scene.join('Lina');
    const observer = await scene.invite('observer', 'Observatoire');
    for (const token of [lina.token, observer.token]) expectError(await postRunner(scene, { action: 'start', question: 'Q ?' }, token), 403, 'forbidden');
    const bad: unknown[] = [
      {},
      { action: 'jump' },
      { action: 'start' },
      { action: 'start', question: '   ' },
      { action: 'start', question: 'Q ?', durations: { ideas: 0 } },
      { action: 'start', question: 'Q ?', durations: { ideas: 1.5 } },
      { action: 'start', question: 'Q ?', durations: { coffee: 60 } },
      { action: 'start', question: 'Q ?', roomIds: ['nowhere'] },
      { action: 'swap', roomIds: [scene.breakouts[0]!.id], participantIds: ['a'] },
      { action: 'swap', participantIds: ['a', 'b'] },
      { action: 'add', roomIds: [scene.breakouts[0]!.id] },
      { action: 'next', at: { step: 'dancing', turn: 0 } },
      { action: 'back', at: { step: 'pairs', turn: -1 } },
    ];
    for (const body of bad) expectError(await postRunner(scene, body), 400, 'invalid_request');
    const read = await request<RunnerResponse>(scene.server.url, `/api/workshops/${scene.workshop.workshopId}/runner`, { headers: bearer(lina.token) });
    expect(read.body.runs).toEqual([]);
  });
});
