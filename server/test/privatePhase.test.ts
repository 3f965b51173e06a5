import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  boardMaps,
  CLOSE_CODES,
  DRAFTS_MAX,
  parseFrame,
  readDraftCounts,
  readNotes,
  readPhases,
  rectsIntersect,
  writingZone,
  writeWorkshop,
  type Note,
} from '@essaim/shared';
import { storedDoc, useServer } from './openBoard.js';
import {
  draftNote,
  getPhase,
  holdsText,
  ok,
  openPhaseScene,
  postPhase,
  postReveal,
  writeDrafts,
  type PhaseScene,
} from './privatePhaseScene.js';
import { waitFor, whenSynced } from './providers.js';
import { openRawClient } from './rawClient.js';
import { closeOf, expectAdmitted, expectRefused, openRawSocket } from './rawSocket.js';
import { expectError } from './request.js';

const QUESTION = 'Comment rendre la rue plus sûre pour les enfants ?';

/** Each person's drafts, written through their own provider, once the server has counted them. */
async function writeEveryone(scene: PhaseScene, perPerson: number): Promise<Map<string, Note[]>> {
  const written = new Map<string, Note[]>();
  for (const person of [scene.lina, scene.marc, scene.sami]) {
    const own = scene.connect(scene.drafts(person), person.token);
    await whenSynced(own);
    const notes = Array.from({ length: perPerson }, (_, i) => draftNote(`${person.name.toLowerCase()}-${i}`, person.participantId, { createdAt: Date.now() + i }));
    writeDrafts(own.doc, notes);
    written.set(person.participantId, notes);
  }
  await waitFor(
    async () => {
      const counts = (await ok(getPhase(scene, scene.workshop.facilitatorToken))).counts;
      return [...written.keys()].every((id) => counts[id] === perPerson);
    },
    5000,
    'every count',
  );
  return written;
}

describe('private writing, then « Révéler »', () => {
  it('opens a person’s drafts to them alone: another participant, an observer and a facilitator are closed with 4403 before a byte', async () => {
    const scene = await openPhaseScene();
    const observer = await scene.invite('observer', 'Observatoire');
    const cofacilitator = await scene.invite('facilitator', 'Claire');
    await ok(postPhase(scene, { question: QUESTION }));
    const name = scene.drafts(scene.lina);
    for (const token of [scene.marc.token, observer.token, scene.workshop.facilitatorToken, cofacilitator.token]) {
      await expectRefused(openRawSocket(scene.server.wsUrl, name, token), CLOSE_CODES.Forbidden, 'someone else’s drafts refused');
    }
    // an observer has no drafts of their own either
    await expectRefused(openRawSocket(scene.server.wsUrl, scene.drafts(observer, scene.plenary.id), observer.token), CLOSE_CODES.Forbidden);
    // nor does a participant in a room that is not theirs
    const other = await openPhaseScene({ rooms: 2 }, scene.server);
    await expectRefused(openRawSocket(other.server.wsUrl, other.drafts(other.lina, other.breakouts[1]!.id), other.lina.token), CLOSE_CODES.Forbidden);

    const own = openRawSocket(scene.server.wsUrl, name, scene.lina.token);
    await expectAdmitted(own);
    const provider = scene.connect(name, scene.lina.token);
    await whenSynced(provider);
    writeDrafts(provider.doc, [draftNote('d1', scene.lina.participantId)]);
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, name)).notes.has('d1'), 5000, 'the draft stored');
  });

  it('refuses drafts outside the room’s phase, signed by another, tagged, or past the limit, with 4409', async () => {
    // a refusal budget of its own: Lina is refused many times in a row here
    const scene = await openPhaseScene({}, await useServer({ joinRateLimit: 1000, syncUpdatesPerSecond: 0 }));
    const name = scene.drafts(scene.lina);
    const lina = scene.lina.participantId;
    const before = await openRawClient(scene.server.wsUrl, name, scene.lina.token);
    before.send((doc) => writeDrafts(doc, [draftNote('early', lina)]));
    expect((await closeOf(before)).code).toBe(CLOSE_CODES.RefusedChange);

    await ok(postPhase(scene, { question: QUESTION, roomIds: [scene.room] }));
    const refused: [string, (doc: Y.Doc) => void][] = [
      ['another author', (doc) => writeDrafts(doc, [draftNote('n1', scene.marc.participantId)])],
      ['a room tag', (doc) => writeDrafts(doc, [draftNote('n2', lina, { room: { id: 'r1', name: 'Salle', color: '#123456' } })])],
      ['a cluster', (doc) => writeDrafts(doc, [draftNote('n3', lina, { groupId: 'g1' })])],
      ['a category', (doc) => writeDrafts(doc, [draftNote('n4', lina, { categoryId: 'c1' })])],
      ['a malformed note', (doc) => boardMaps(doc).notes.set('n5', { ...draftNote('n5', lina), width: 5 })],
      ['a zone', (doc) => boardMaps(doc).frames.set('f1', { id: 'f1', title: 'Zone', x: 0, y: 0, width: 400, height: 400, color: 'grey' })],
      ['a link', (doc) => boardMaps(doc).links.set('l1', { id: 'l1', from: 'a', to: 'b', createdAt: 1, authorId: lina } as never)],
      ['too many drafts', (doc) => writeDrafts(doc, Array.from({ length: DRAFTS_MAX + 1 }, (_, i) => draftNote(`m${i}`, lina)))],
    ];
    for (const [what, change] of refused) {
      const raw = await openRawClient(scene.server.wsUrl, name, scene.lina.token);
      raw.send(change);
      expect((await closeOf(raw, what)).code, what).toBe(CLOSE_CODES.RefusedChange);
    }
    // the limit holds across updates too: DRAFTS_MAX fit, one more does not
    const writer = await openRawClient(scene.server.wsUrl, name, scene.lina.token);
    writer.send((doc) => writeDrafts(doc, Array.from({ length: DRAFTS_MAX }, (_, i) => draftNote(`k${i}`, lina))));
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, name)).notes.size === DRAFTS_MAX, 5000, 'the drafts stored');
    writer.send((doc) => writeDrafts(doc, [draftNote('one-more', lina)]));
    expect((await closeOf(writer)).code).toBe(CLOSE_CODES.RefusedChange);
    expect(boardMaps(await storedDoc(scene.server.storage, name)).notes.size).toBe(DRAFTS_MAX);
    // deleting one's own drafts is fine
    const deleter = await openRawClient(scene.server.wsUrl, name, scene.lina.token);
    deleter.send((doc) => boardMaps(doc).notes.delete('k0'));
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, name)).notes.size === DRAFTS_MAX - 1, 5000, 'the draft deleted');
    expect(deleter.socket.readyState).toBe(deleter.socket.OPEN);
  });

  it('counts each person’s drafts in the workshop document and the API, never their text', async () => {
    const scene = await openPhaseScene();
    await ok(postPhase(scene, { question: QUESTION }));
    // Marc follows the workshop document and his room's board, and records every frame they send him
    const workshopFrames = openRawSocket(scene.server.wsUrl, scene.docName, scene.marc.token);
    const boardFrames = openRawSocket(scene.server.wsUrl, scene.board(scene.room), scene.marc.token);
    await Promise.all([expectAdmitted(workshopFrames), expectAdmitted(boardFrames)]);
    const follower = scene.connect(scene.docName, scene.marc.token);
    await whenSynced(follower);

    const own = scene.connect(scene.drafts(scene.lina), scene.lina.token);
    await whenSynced(own);
    // her presence on her drafts names the draft she writes in
    own.provider.awareness.setLocalState({ user: { id: scene.lina.participantId, name: 'Lina', color: '#aa3355' }, cursor: { x: 10, y: 20 }, editing: 'lina-2' });
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const note = draftNote(`lina-${i}`, scene.lina.participantId);
      texts.push(note.text);
      writeDrafts(own.doc, [note]);
      // keystrokes: the same draft written again and again
      for (let k = 1; k <= 5; k++) writeDrafts(own.doc, [{ ...note, text: `${note.text} ${'x'.repeat(k)}` }]);
    }
    const counts = () => readDraftCounts(follower.doc).get(scene.room) ?? {};
    await waitFor(() => counts()[scene.lina.participantId] === 3, 5000, 'Lina’s count in the workshop document');
    expect(await ok(getPhase(scene, scene.marc.token))).toMatchObject({ active: true, question: QUESTION, counts: { [scene.lina.participantId]: 3 } });

    own.doc.transact(() => boardMaps(own.doc).notes.delete('lina-0'));
    await waitFor(() => counts()[scene.lina.participantId] === 2, 5000, 'the count after a deletion');

    // nothing of the drafts is anywhere else: not in the workshop document, nor in any frame Marc received
    const state = Y.encodeStateAsUpdate(follower.doc);
    for (const secret of [...texts, 'lina-1', 'lina-2']) {
      expect(holdsText(state, secret), secret).toBe(false);
      for (const frame of [...workshopFrames.messages, ...boardFrames.messages]) expect(holdsText(frame, secret), secret).toBe(false);
    }
    const stored = Y.encodeStateAsUpdate(await storedDoc(scene.server.storage, scene.docName));
    for (const secret of texts) expect(holdsText(stored, secret)).toBe(false);
  });

  it('counts a person’s drafts again when their document loads (a count lost in a crash comes back)', async () => {
    const scene = await openPhaseScene();
    await ok(postPhase(scene, { question: QUESTION }));
    const name = scene.drafts(scene.lina);
    const own = scene.connect(name, scene.lina.token);
    await whenSynced(own);
    writeDrafts(own.doc, [draftNote('a', scene.lina.participantId), draftNote('b', scene.lina.participantId)]);
    const count = async () => (await ok(getPhase(scene, scene.marc.token))).counts[scene.lina.participantId];
    await waitFor(async () => (await count()) === 2, 5000, 'the count');
    own.destroy();
    await waitFor(() => !scene.server.rooms.loadedNames().includes(name), 5000, 'the drafts to unload');
    // the count is lost, as if the server had stopped before writing it
    await scene.server.rooms.withDoc(scene.docName, (room) => writeWorkshop(room.doc, { draftCounts: { [scene.room]: {} } }));
    expect(await count()).toBeUndefined();

    await openRawClient(scene.server.wsUrl, name, scene.lina.token);
    await waitFor(async () => (await count()) === 2, 5000, 'the count written again at load');
  });

  it('reveals every draft onto the board at once, in the writing zone without overlap, empties the drafts, and writes nothing the second time', async () => {
    const scene = await openPhaseScene({ template: 'brainstorm-3-12-3' });
    await ok(postPhase(scene, { question: QUESTION, roomIds: [scene.room] }));
    const written = await writeEveryone(scene, 12);
    const watcher = scene.connect(scene.board(scene.room), scene.marc.token);
    await whenSynced(watcher);
    const zone = writingZone(watcher.doc)!;

    const answer = await ok(postReveal(scene, { roomIds: [scene.room], order: 'author' }));
    expect(answer.revealed).toEqual({ [scene.room]: 36 });
    expect(answer.active).toBe(false);
    const room = answer.rooms.find((r) => r.roomId === scene.room)!;
    expect(room).toMatchObject({ active: false, question: QUESTION, counts: {} });
    expect(room.revealedAt).toBeGreaterThan(0);

    await waitFor(() => readNotes(watcher.doc).length === 36, 5000, 'every draft on Marc’s board');
    const notes = readNotes(watcher.doc);
    const grown = parseFrame(boardMaps(watcher.doc).frames.get(zone.id))!;
    for (const [authorId, drafts] of written) {
      for (const draft of drafts) {
        const note = notes.find((n) => n.id === draft.id)!;
        expect(note).toMatchObject({ text: draft.text, color: draft.color, width: draft.width, height: draft.height, authorId, createdAt: draft.createdAt });
        expect(note.updatedAt).toBeGreaterThanOrEqual(room.revealedAt!);
        const cx = note.x + note.width / 2;
        const cy = note.y + note.height / 2;
        expect(cx >= grown.x && cx <= grown.x + grown.width && cy >= grown.y && cy <= grown.y + grown.height).toBe(true);
      }
      // grouped by author: one column each
      expect(new Set(drafts.map((d) => Math.round(notes.find((n) => n.id === d.id)!.x))).size).toBe(2);
    }
    notes.forEach((a, i) => notes.slice(i + 1).forEach((b) => expect(rectsIntersect(a, b)).toBe(false)));
    for (const person of [scene.lina, scene.marc, scene.sami]) expect(boardMaps(await storedDoc(scene.server.storage, scene.drafts(person))).notes.size).toBe(0);
    const workshop = await storedDoc(scene.server.storage, scene.docName);
    expect(readDraftCounts(workshop).get(scene.room)).toEqual({});
    expect(readPhases(workshop).get(scene.room)).toMatchObject({ active: false, revealedAt: room.revealedAt });

    const again = await ok(postReveal(scene, { roomIds: [scene.room] }));
    expect(again.revealed).toEqual({ [scene.room]: 0 });
    expect(readNotes(await storedDoc(scene.server.storage, scene.board(scene.room)))).toHaveLength(36);

    // the phase is over: a draft written now is refused
    const late = await openRawClient(scene.server.wsUrl, scene.drafts(scene.lina), scene.lina.token);
    late.send((doc) => writeDrafts(doc, [draftNote('late', scene.lina.participantId)]));
    expect((await closeOf(late)).code).toBe(CLOSE_CODES.RefusedChange);
  });

  it('keeps the phase and the drafts across a server restart, and reveals them after it', async () => {
    const scene = await openPhaseScene();
    await ok(postPhase(scene, { question: QUESTION }));
    const own = scene.connect(scene.drafts(scene.lina), scene.lina.token);
    await whenSynced(own);
    writeDrafts(own.doc, [draftNote('a', scene.lina.participantId), draftNote('b', scene.lina.participantId)]);
    await waitFor(async () => (await ok(getPhase(scene, scene.lina.token))).counts[scene.lina.participantId] === 2, 5000, 'the count');
    own.destroy();

    await scene.server.stop();
    const restarted = { ...scene, server: await useServer({}, scene.server.dataDir) };

    // nothing has read the workshop document since the restart: the drafts' first load does, for its guard
    const writer = await openRawClient(restarted.server.wsUrl, scene.drafts(scene.lina), scene.lina.token);
    expect([...boardMaps(writer.doc).notes.keys()].sort()).toEqual(['a', 'b']);
    expect(await ok(getPhase(restarted, scene.marc.token))).toMatchObject({ active: true, question: QUESTION, counts: { [scene.lina.participantId]: 2 } });
    writer.send((doc) => writeDrafts(doc, [draftNote('c', scene.lina.participantId)]));
    await waitFor(async () => (await ok(getPhase(restarted, scene.lina.token))).counts[scene.lina.participantId] === 3, 5000, 'the count after the restart');

    const answer = await ok(postReveal(restarted, {}));
    expect(answer.revealed[scene.room]).toBe(3);
    expect(readNotes(await storedDoc(restarted.server.storage, scene.board(scene.room))).map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('holds a participant’s drafts while the room’s timer has ended with lockAtEnd, and takes them again after « add »', async () => {
    const scene = await openPhaseScene();
    await ok(postPhase(scene, { question: QUESTION }));
    const started = await scene.admin<{ timers: { roomId: string; endsAt: number }[] }>('POST', '/timer', { action: 'start', seconds: 1, lockAtEnd: true, roomIds: [scene.room] });
    const endsAt = started.body.timers.find((t) => t.roomId === scene.room)!.endsAt;
    await waitFor(() => Date.now() > endsAt, 5000, 'the one-second timer to end');
    const writer = await openRawClient(scene.server.wsUrl, scene.drafts(scene.lina), scene.lina.token);
    writer.send((doc) => writeDrafts(doc, [draftNote('late', scene.lina.participantId)]));
    expect((await closeOf(writer)).code).toBe(CLOSE_CODES.RefusedChange);

    await scene.admin('POST', '/timer', { action: 'add', roomIds: [scene.room] });
    const again = await openRawClient(scene.server.wsUrl, scene.drafts(scene.lina), scene.lina.token);
    again.send((doc) => writeDrafts(doc, [draftNote('after-add', scene.lina.participantId)]));
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.drafts(scene.lina))).notes.has('after-add'), 5000, 'the draft stored');
  });

  it('closes a person’s drafts with 4410 when they are moved to another room', async () => {
    const scene = await openPhaseScene({ rooms: 2 });
    await ok(postPhase(scene, { question: QUESTION }));
    const raw = openRawSocket(scene.server.wsUrl, scene.drafts(scene.lina), scene.lina.token);
    await expectAdmitted(raw);
    const moved = await scene.admin('PUT', `/participants/${scene.lina.participantId}/room`, { roomId: scene.breakouts[1]!.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RoomChanged);
  });

  it('lets only the workshop’s facilitators start and reveal, and answers malformed requests with a readable 400', async () => {
    const scene = await openPhaseScene();
    const elsewhere = await openPhaseScene({}, scene.server);
    const observer = await scene.invite('observer', 'Observatoire');
    for (const token of [scene.lina.token, observer.token, elsewhere.workshop.facilitatorToken]) {
      expectError(await postPhase(scene, { question: QUESTION }, token), 403, 'forbidden');
      expectError(await postReveal(scene, {}, token), 403, 'forbidden');
    }
    expectError(await postPhase(scene, { question: QUESTION }, null), 401, 'unauthorized');
    expectError(await getPhase(scene, elsewhere.lina.token), 403, 'forbidden');

    const badStarts: unknown[] = [
      {},
      { question: '' },
      { question: '  \u200B \n ' },
      { question: 42 },
      { question: QUESTION, roomIds: 'all' },
      { question: QUESTION, roomIds: [] },
      { question: QUESTION, roomIds: [7] },
      { question: QUESTION, roomIds: [scene.room, 'nowhere'] },
      [QUESTION],
    ];
    for (const body of badStarts) expectError(await postPhase(scene, body), 400, 'invalid_request');
    for (const body of [{ order: 'random' }, { roomIds: ['nowhere'] }, { roomIds: {} }]) expectError(await postReveal(scene, body), 400, 'invalid_request');
    // none of them started anything
    const read = await ok(getPhase(scene, observer.token));
    expect(read.active).toBe(false);
    expect(read.rooms.every((r) => !r.active && r.question === '')).toBe(true);

    // a long question is cut to the limit, and starting again while it runs changes only the question
    const first = await ok(postPhase(scene, { question: `  ${'Pourquoi '.repeat(60)}` }));
    expect(first.question.length).toBeLessThanOrEqual(280);
    const again = await ok(postPhase(scene, { question: QUESTION }));
    expect(again.question).toBe(QUESTION);
    expect(again.rooms.map((r) => r.roomId)).toEqual([scene.plenary.id, scene.room]);
  });
});
