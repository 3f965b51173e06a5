import { describe, expect, it } from 'vitest';
import { boardMaps, draftsDocName, readDraftCounts, readPhases, readTimer, type Note } from '@essaim/shared';
import { sampleNote, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import {
  closeVote,
  expectStatus,
  frameTitled,
  getVote,
  inside,
  keepVote,
  openRound,
  openVoteWorkshop,
  putDot,
  roundIn,
  writeNotes,
  type Person,
} from './voteScene.js';
import type { WorkshopScene } from './workshopScene.js';

/**
 * Red team of dot voting, second pass (after `redTeamVotes.test.ts`): the shared timer alarms
 * (`TimerAlarms`, used by the votes and the 3-12-3 runner), the republishing at each load, the
 * close, « Garder » with a room, the answers' scope. Six were weaknesses when found (a load loop
 * between two alarms, a round's close stopping the runner's timer and revealing the drafts, a runner
 * step taking over a round's timer); each fails on that server.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function twoRoomWorkshop(): Promise<{ scene: WorkshopScene; roomA: string; roomB: string }> {
  const scene = await openVoteWorkshop({ rooms: 2 }, await useServer({ joinRateLimit: 1000 }));
  const [roomA, roomB] = scene.breakouts.map((r) => r.id) as [string, string];
  return { scene, roomA, roomB };
}

/** How many times the workshop document loads in `ms`, from now. */
async function loadsDuring(scene: WorkshopScene, ms: number): Promise<number> {
  let loads = 0;
  const count = () => loads++;
  scene.server.rooms.workshopLoaded.add(count);
  await sleep(ms);
  scene.server.rooms.workshopLoaded.delete(count);
  return loads;
}

describe('red team 2, dot voting: the shared alarms with nobody on the workshop document', () => {
  it('does not load the workshop document in a loop when two timed rounds wait on stopped timers', async () => {
    // Requests: POST …/votes { roomIds: [A], durationSeconds: 600 }, POST …/votes { roomIds: [B],
    // durationSeconds: 600 }, POST …/timer { action: "stop" } (« Tout arrêter »); then nobody has
    // the workshop document open (the end of the day, a lunch break).
    const { scene, roomA, roomB } = await twoRoomWorkshop();
    await openRound(scene, { roomIds: [roomA], durationSeconds: 600 });
    await openRound(scene, { roomIds: [roomB], durationSeconds: 600 });
    await expectStatus(scene.admin('POST', '/timer', { action: 'stop' }));
    await sleep(500);
    const loads = await loadsDuring(scene, 1500);
    console.info(`two rounds on stopped timers: ${loads} loads of the workshop document in 1.5 s`);
    // Observed: ~650–750 loads a second, for ever (until a restart). Round 1's look loads the
    // document (`withDoc`), which fires `workshopLoaded`; the listener arms round 2 (`armIfUnarmed`:
    // its key is not « looking »), whose look loads the document again — after round 1's look
    // answered null (stopped, not loaded) and its key was freed: round 1 is armed again, and so on.
    // `armIfUnarmed` only protects a key from its own look's load.
    expect(loads).toBeLessThan(5);
  }, 20_000);

  it('does not load the workshop document in a loop when a run waits at its revealed ideas step beside a timed round on a stopped timer', async () => {
    // Requests: POST …/runner { action: "start", roomIds: [A], question, durations: { ideas: 600 } },
    // POST …/private-phase/reveal { roomIds: [A] } (or the reveal at the ideas' zero: the run stays at
    // « ideas » until « next »), POST …/votes { roomIds: [B], durationSeconds: 600 },
    // POST …/timer { action: "stop", roomIds: [B] }; nobody on the workshop document.
    const { scene, roomA, roomB } = await twoRoomWorkshop();
    await expectStatus(scene.admin('POST', '/runner', { action: 'start', roomIds: [roomA], question: 'Comment ?', durations: { ideas: 600 } }));
    await expectStatus(scene.admin('POST', '/private-phase/reveal', { roomIds: [roomA] }));
    await openRound(scene, { roomIds: [roomB], durationSeconds: 600 });
    await expectStatus(scene.admin('POST', '/timer', { action: 'stop', roomIds: [roomB] }));
    // the alarms set while the document was held look again within 5 s (RECHECK_MS)
    await sleep(6500);
    const loads = await loadsDuring(scene, 1500);
    console.info(`a run and a round: ${loads} loads of the workshop document in 1.5 s`);
    // Observed: ~700 loads a second, for ever: the runner's look (`lookAtIdeas`, null: the phase is
    // over) loads the document and re-arms the round; the round's look (null: stopped, not loaded)
    // loads it and re-arms the run. Each alone is quiet (2 loads in 8 s).
    expect(loads).toBeLessThan(5);
  }, 30_000);

  it('stays quiet with one timed round on a stopped timer and one run at its revealed ideas step, each alone (regression)', async () => {
    const { scene, roomA, roomB } = await twoRoomWorkshop();
    await openRound(scene, { roomIds: [roomB], durationSeconds: 600 });
    await expectStatus(scene.admin('POST', '/timer', { action: 'stop', roomIds: [roomB] }));
    const other = await openVoteWorkshop({ rooms: 1 }, scene.server);
    await expectStatus(other.admin('POST', '/runner', { action: 'start', question: 'Comment ?', durations: { ideas: 600 } }));
    await expectStatus(other.admin('POST', '/private-phase/reveal', {}));
    await sleep(6500);
    let loads = 0;
    scene.server.rooms.workshopLoaded.add(() => loads++);
    await expectStatus(scene.admin('GET', '/timer'));
    await expectStatus(other.admin('GET', '/timer'));
    await sleep(2000);
    // each GET loads its document once; the alarms it sets look once (their own load is no new alarm)
    expect(loads).toBeLessThanOrEqual(6);
    expect(roomA).not.toBe(roomB);
  }, 30_000);
});

describe('red team 2, dot voting: a run and a timed round in the same room', () => {
  /** One room: Lina in it, the facilitator on the workshop document, a timed round opened, then the run started (its ideas' timer replaces the round's). */
  async function roundThenRun() {
    const scene = await openVoteWorkshop({ rooms: 1 }, await useServer({ joinRateLimit: 1000 }));
    const room = scene.breakouts[0]!.id;
    const lina = (await scene.join('Lina', room)) as Person;
    const doc = scene.connect(scene.docName, scene.workshop.facilitatorToken);
    await whenSynced(doc);
    const { voteId } = await openRound(scene, { durationSeconds: 600 });
    await sleep(20);
    await expectStatus(scene.admin('POST', '/runner', { action: 'start', roomIds: [room], question: 'Comment ?', durations: { ideas: 600 } }));
    const drafts = scene.connect(draftsDocName(scene.workshop.workshopId, room, lina.participantId), lina.token);
    await whenSynced(drafts);
    writeNote(drafts.doc, sampleNote('idee-privee', lina.participantId, { text: 'Mon idée, privée' }));
    await waitFor(() => (readDraftCounts(doc.doc).get(room)?.[lina.participantId] ?? 0) === 1, 5000, 'the draft counted');
    return { scene, room, doc, voteId };
  }

  it('keeps the run’s ideas timer counting when the facilitator closes a timed round opened before the run', async () => {
    // Requests: POST …/votes { durationSeconds: 600 }, POST …/runner { action: "start", question,
    // durations: { ideas: 600 } } (same room), POST …/votes/:voteId/close.
    const { scene, room, doc, voteId } = await roundThenRun();
    await expectStatus(closeVote(scene, voteId));
    await sleep(300);
    // Observed: timers[room] = { running: false, … } — `closeNow` stops every room timer set since
    // the round opened (`updatedAt >= openedAt`), and the runner's was.
    expect(readTimer(doc.doc, room)?.running).toBe(true);
  }, 20_000);

  it('does not reveal the private drafts before the ideas’ zero when a timed round of the room is closed', async () => {
    const { scene, room, doc, voteId } = await roundThenRun();
    await expectStatus(closeVote(scene, voteId));
    await sleep(5600);
    // Observed: phases[room] = { active: false, revealedAt: <close + ~5 s> } and Lina's draft on
    // the board, 10 minutes early: the runner's alarm (`lookAtIdeas`) reveals on anything but a
    // count-down — `untilTimersEnd` answering « stopped » is taken for the zero.
    expect(readPhases(doc.doc).get(room)?.active).toBe(true);
  }, 20_000);

  it('does not reveal the private drafts when the facilitator only stops the room’s timer during the ideas', async () => {
    // Requests: POST …/runner { action: "start", …, durations: { ideas: 600 } }, POST …/timer { action: "stop" }.
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const doc = scene.connect(scene.docName, scene.workshop.facilitatorToken);
    await whenSynced(doc);
    await expectStatus(scene.admin('POST', '/runner', { action: 'start', question: 'Comment ?', durations: { ideas: 600 } }));
    await expectStatus(scene.admin('POST', '/timer', { action: 'stop', roomIds: [room] }));
    await sleep(5600);
    // Observed: revealed within 5 s of the stop (same cause as above).
    expect(readPhases(doc.doc).get(room)?.active).toBe(true);
  }, 20_000);

  it('closes a 2-second round at its zero in every room, though the runner took one room’s timer for its ideas', async () => {
    // Requests: POST …/votes { roomIds: [A, B], durationSeconds: 2 }, POST …/runner { action:
    // "start", roomIds: [A], question, durations: { ideas: 600 } }, then, 3 s later, a dot in A.
    const { scene, roomA, roomB } = await twoRoomWorkshop();
    const lina = (await scene.join('Lina', roomA)) as Person;
    await writeNotes(scene, lina, roomA, [{ id: 'a1', x: 0, y: 0 }]);
    const doc = scene.connect(scene.docName, scene.workshop.facilitatorToken);
    await whenSynced(doc);
    const { voteId } = await openRound(scene, { durationSeconds: 2, roomIds: [roomA, roomB] });
    await expectStatus(scene.admin('POST', '/runner', { action: 'start', roomIds: [roomA], question: 'Comment ?', durations: { ideas: 600 } }));
    await sleep(3000);
    // Observed: the round still open (room B at 0:00, room A showing the ideas' 10 minutes) and
    // Lina's dot answered 200: `timers.changed` re-armed the round on the runner's timer, which it
    // now follows to its end — a runner step is taken for « given more time ».
    expect(roundIn(doc.doc, voteId)?.status).toBe('closed');
    expect((await putDot(scene, voteId, 'a1', lina.token)).status).toBe(409);
  }, 20_000);
});

describe('red team 2, dot voting: what holds', () => {
  it('keeps with `roomId` only that room’s note when both rooms’ boards have a voted note of that id, and copies nothing of the other (regression)', async () => {
    const { scene, roomA, roomB } = await twoRoomWorkshop();
    const [lina, omar] = (await Promise.all([scene.join('Lina', roomA), scene.join('Omar', roomB)])) as [Person, Person];
    const boardA = await writeNotes(scene, lina, roomA, [{ id: 'meme-id', x: 0, y: 0, text: 'La note de A' }]);
    const boardB = await writeNotes(scene, omar, roomB, [{ id: 'meme-id', x: 0, y: 0, text: 'La note d’Omar' }]);
    const { voteId } = await openRound(scene, { roomIds: [roomA, roomB] });
    await expectStatus(putDot(scene, voteId, 'meme-id', lina.token));
    await expectStatus(putDot(scene, voteId, 'meme-id', omar.token));
    await expectStatus(closeVote(scene, voteId));
    const omarX = (boardMaps(boardB.doc).notes.get('meme-id') as Note).x;
    const kept = await expectStatus(keepVote(scene, voteId, { noteIds: ['meme-id'], mode: 'move', roomId: roomA }));
    expect(kept.kept.map((k) => k.roomId)).toEqual([roomA]);
    // board B untouched: Omar's note where he left it, no zone added
    await sleep(300);
    expect((boardMaps(boardB.doc).notes.get('meme-id') as Note).x).toBe(omarX);
    expect(boardMaps(boardB.doc).notes.size).toBe(1);
    expect(boardMaps(boardB.doc).frames.size).toBe(0);
    await waitFor(() => boardMaps(boardA.doc).frames.size === 1, 5000, 'room A’s priorities zone');
    // a room of the round whose results lack the note: 400, nothing written
    const closedB = await keepVote(scene, voteId, { noteIds: ['meme-id'], mode: 'copy', roomId: 'inconnue' });
    expect(closedB.status).toBe(400);
  }, 20_000);

  it('strips `scope.held` from every answer while the workshop document keeps it, and answers a participant no tally of a hidden zone round (regression)', async () => {
    const scene = await openVoteWorkshop({ rooms: 1, template: 'carte-des-besoins' }, await useServer({ joinRateLimit: 1000 }));
    const room = scene.breakouts[0]!.id;
    const [lina, marc] = (await Promise.all([scene.join('Lina', room), scene.join('Marc', room)])) as [Person, Person];
    const board = scene.connect(scene.board(room), scene.workshop.facilitatorToken);
    await whenSynced(board);
    const mobility = frameTitled(board.doc, 'Mobilité durable');
    await writeNotes(scene, marc, room, [{ id: 'dans-zone', ...inside(mobility) }]);
    const opened = await openRound(scene, { frameId: mobility.id });
    expect(opened.scope).toEqual({ kind: 'frame', frameId: mobility.id, title: 'Mobilité durable' });
    await expectStatus(putDot(scene, opened.voteId, 'dans-zone', marc.token));
    const seen = await expectStatus(getVote(scene, opened.voteId, lina.token));
    expect(seen.scope).not.toHaveProperty('held');
    expect(seen.results).toBeNull();
    expect(seen.votedByRoom).toEqual({ [room]: 1 });
    const doc = scene.connect(scene.docName, lina.token);
    await whenSynced(doc);
    const stored = roundIn(doc.doc, opened.voteId);
    expect(stored?.scope).toMatchObject({ kind: 'frame', held: ['dans-zone'] });
    expect(stored?.results).toBeNull();
  }, 20_000);

  it('refuses every dot after the close and keeps the close’s results through a burst of timer actions on the round’s rooms (regression)', async () => {
    const { scene, roomA, roomB } = await twoRoomWorkshop();
    const lina = (await scene.join('Lina', roomA)) as Person;
    await writeNotes(scene, lina, roomA, [{ id: 'a1', x: 0, y: 0 }, { id: 'a2', x: 300, y: 0 }]);
    const doc = scene.connect(scene.docName, scene.workshop.facilitatorToken);
    await whenSynced(doc);
    const { voteId } = await openRound(scene, { durationSeconds: 600, roomIds: [roomA, roomB], dotsPerPerson: 3 });
    await expectStatus(putDot(scene, voteId, 'a1', lina.token));
    // 60 actions, all at once: pause, resume, add, stop, start — the round follows without closing
    const actions = ['pause', 'resume', 'add', 'stop', 'start'] as const;
    const burst = await Promise.all(Array.from({ length: 60 }, (_, i) => scene.admin('POST', '/timer', { action: actions[i % 5], seconds: 600, roomIds: [i % 2 ? roomA : roomB] })));
    expect(burst.every((a) => a.status === 200)).toBe(true);
    await sleep(300);
    expect(roundIn(doc.doc, voteId)?.status).toBe('open');
    await expectStatus(scene.admin('POST', '/timer', { action: 'start', seconds: 1, roomIds: [roomA, roomB] }));
    await waitFor(() => roundIn(doc.doc, voteId)?.status === 'closed', 5000, 'the close at the new zero');
    expect((await putDot(scene, voteId, 'a2', lina.token)).status).toBe(409);
    // timer actions after the close change nothing of it
    await expectStatus(scene.admin('POST', '/timer', { action: 'start', seconds: 600 }));
    await sleep(300);
    const after = await expectStatus(getVote(scene, voteId, scene.workshop.facilitatorToken));
    expect(after.status).toBe('closed');
    expect(after.results).toEqual([{ noteId: 'a1', roomId: roomA, count: 1 }]);
    // a timer that was the next activity's (started after the close) is left running
    expect(readTimer(doc.doc, roomA)?.running).toBe(true);
  }, 20_000);
});
