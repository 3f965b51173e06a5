import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, CLOSE_CODES, readNotes } from '@essaim/shared';
import { sampleNote, storedDoc, useServer, writeNote } from './openBoard.js';
import { draftNote, getPhase, holdsText, ok, openPhaseScene, postPhase, postReveal, writeDrafts, type PhaseScene } from './privatePhaseScene.js';
import { waitFor, whenSynced } from './providers.js';
import { openRawClient, syncUpdateFrame } from './rawClient.js';
import { closeOf, expectAdmitted, expectRefused, openRawSocket, type RawSocket } from './rawSocket.js';
import { currentItemId, encodeRawUpdate, newClientId, objectWithKeys } from './rawUpdate.js';

/**
 * Red team of the drafts documents: what a participant can try by hand against someone else's
 * drafts (names the router decodes or normalises) and against their own (updates no client
 * sends), and what « Révéler » must not let a draft do to the board.
 */

const percentEncoded = (s: string): string => [...s].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');

/** A scene whose people may be refused many times in a row (no refusal budget), with the phase on in the room. */
async function attackScene(): Promise<PhaseScene> {
  const scene = await openPhaseScene({}, await useServer({ joinRateLimit: 1000, syncUpdatesPerSecond: 0 }));
  await ok(postPhase(scene, { question: 'Que changer ?' }));
  return scene;
}

/** Opens the person's own drafts, sends `update` as a sync update, and expects 4409. */
async function expectUpdateRefused(scene: PhaseScene, update: (own: Y.Doc) => Uint8Array, what: string): Promise<void> {
  const raw = await openRawClient(scene.server.wsUrl, scene.drafts(scene.lina), scene.lina.token);
  raw.socket.send(syncUpdateFrame(update(raw.doc)));
  expect((await closeOf(raw, what)).code, what).toBe(CLOSE_CODES.RefusedChange);
}

describe('drafts documents under attack', () => {
  it('refuses someone else’s drafts under any spelling of their name, before a byte', async () => {
    const scene = await attackScene();
    const w = scene.workshop.workshopId;
    const room = scene.room;
    const lina = scene.lina.participantId;
    const names = [
      // the router decodes percent-encoding: this is Lina's document, and it is not Marc's
      `w/${w}/r/${room}/p/${percentEncoded(lina)}`,
      `w%2F${w}%2Fr%2F${room}%2Fp%2F${lina}`,
      `./w/${w}/r/${room}/p/${lina}`,
      `w/${w}/r/${room}/p/${scene.marc.participantId}/../${lina}`,
      // names that are no document at all
      `w/${w}/r/${room}/p/${scene.marc.participantId}%2F..%2F${lina}`,
      `w/${w}/r/${room}/p/${lina}/`,
      `w/${w}/r/${room}/p/${lina}%00`,
      `w/${w}/r/${room}/p/${lina}%20`,
      `w/${w}/r/${room}//p/${lina}`,
      `w/${w}/r/${room}/P/${lina}`,
      `w/${w}/r/${room}/p/${lina}/p/${scene.marc.participantId}`,
      // ids are case-sensitive: another (nobody's) id
      `w/${w}/r/${room}/p/${lina.toUpperCase()}`,
    ];
    for (const name of names) {
      const raw: RawSocket = openRawSocket(scene.server.wsUrl, name, scene.marc.token);
      const { code } = await closeOf(raw, name);
      expect([CLOSE_CODES.Forbidden, CLOSE_CODES.UnknownDocument], name).toContain(code);
      expect(raw.messages, name).toHaveLength(0);
    }
    // and Marc's own name, spelt oddly, is his own document: the one he writes in
    const own = openRawSocket(scene.server.wsUrl, `w/${w}/r/${room}/p/${percentEncoded(scene.marc.participantId)}`, scene.marc.token);
    await expectAdmitted(own);
  });

  it('refuses hand-made updates to one’s own drafts: other roots, meta, nested types, forbidden keys, a key that is not the id, a value hung off a placeholder', async () => {
    const scene = await attackScene();
    const lina = scene.lina.participantId;
    const note = draftNote('mine', lina);
    const fromNew = (structs: Parameters<typeof encodeRawUpdate>[0][number]['structs']) => encodeRawUpdate([{ client: newClientId(), clock: 0, structs }]);
    await expectUpdateRefused(scene, () => fromNew([{ parent: 'x', parentSub: 'k', any: [note] }]), 'a root map x');
    await expectUpdateRefused(scene, () => fromNew([{ parent: 'meta', parentSub: 'policy', any: [{ locked: false, editAll: true, moveAll: true }] }]), 'meta.policy');
    await expectUpdateRefused(scene, () => fromNew([{ parent: 'meta', parentSub: 'schemaVersion', any: [1] }]), 'meta.schemaVersion');
    await expectUpdateRefused(scene, () => fromNew([{ parent: 'notes', parentSub: '__proto__', any: [note] }]), 'a note keyed __proto__');
    await expectUpdateRefused(scene, () => fromNew([{ parent: 'notes', parentSub: 'other-key', any: [note] }]), 'a note under another key than its id');
    await expectUpdateRefused(scene, () => fromNew([{ parent: 'notes', parentSub: 'mine', any: [objectWithKeys([...Object.entries(note), ['__proto__', {}]])] }]), 'a note with a __proto__ key');
    await expectUpdateRefused(
      scene,
      (doc) => {
        const before = Y.encodeStateVector(doc);
        boardMaps(doc).notes.set('nested', new Y.Map() as never);
        return Y.encodeStateAsUpdate(doc, before);
      },
      'a nested map in notes',
    );
    // a deleted placeholder at notes.mine, then Marc's signature hung off it: it takes the placeholder's key
    const client = newClientId();
    await expectUpdateRefused(
      scene,
      () =>
        encodeRawUpdate([
          { client, clock: 0, structs: [{ parent: 'notes', parentSub: 'mine', deleted: 1 }, { origin: { client, clock: 0 }, any: [{ ...note, authorId: scene.marc.participantId }] }] },
        ]),
      'another author’s note hung off a deleted placeholder',
    );
    // two values in one JSON struct, the second one live: Yjs would keep the first and hide the other
    await expectUpdateRefused(scene, () => fromNew([{ parent: 'notes', parentSub: 'mine', any: [note, { ...note, authorId: scene.marc.participantId }] }]), 'a merged struct');
    expect(boardMaps(await storedDoc(scene.server.storage, scene.drafts(scene.lina))).notes.size).toBe(0);
  });

  it('does not let a participant rewrite a draft of theirs into another’s note, nor take it out of their hands', async () => {
    const scene = await attackScene();
    const lina = scene.lina.participantId;
    const own = scene.connect(scene.drafts(scene.lina), scene.lina.token);
    await whenSynced(own);
    writeDrafts(own.doc, [draftNote('mine', lina)]);
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.drafts(scene.lina))).notes.has('mine'), 5000, 'the draft stored');
    const raw = await openRawClient(scene.server.wsUrl, scene.drafts(scene.lina), scene.lina.token);
    // overwrite the draft's current value, its origin given by hand, with Marc's signature
    const item = currentItemId(boardMaps(raw.doc).notes, 'mine');
    raw.socket.send(syncUpdateFrame(encodeRawUpdate([{ client: newClientId(), clock: 0, structs: [{ origin: item, parentSub: 'mine', any: [draftNote('mine', scene.marc.participantId)] }] }])));
    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    expect(boardMaps(await storedDoc(scene.server.storage, scene.drafts(scene.lina))).notes.get('mine')).toMatchObject({ authorId: lina });
  });

  it('never lets a draft overwrite a board note by taking its id: the draft goes under another id, once', async () => {
    const scene = await attackScene();
    const board = scene.connect(scene.board(scene.room), scene.marc.token);
    await whenSynced(board);
    const marcs = sampleNote('marc-board-note', scene.marc.participantId, { text: 'La note de Marc' });
    writeNote(board.doc, marcs);
    await waitFor(async () => readNotes(await storedDoc(scene.server.storage, scene.board(scene.room))).length === 1, 5000, 'Marc’s note stored');

    const own = scene.connect(scene.drafts(scene.lina), scene.lina.token);
    await whenSynced(own);
    writeDrafts(own.doc, [draftNote(marcs.id, scene.lina.participantId, { text: 'pris par Lina' }), draftNote('honest', scene.lina.participantId)]);
    await waitFor(async () => (await ok(getPhase(scene, scene.lina.token))).counts[scene.lina.participantId] === 2, 5000, 'the count');

    const answer = await ok(postReveal(scene, { roomIds: [scene.room], order: 'shuffle' }));
    expect(answer.revealed[scene.room]).toBe(2);
    await waitFor(() => readNotes(board.doc).length === 3, 5000, 'both drafts on the board');
    expect(readNotes(board.doc).find((n) => n.id === marcs.id)).toEqual(marcs);
    // Lina's draft went under another id, and only once
    expect(boardMaps(board.doc).notes.get(`${marcs.id}_r1`)).toMatchObject({ text: 'pris par Lina', authorId: scene.lina.participantId });
    expect((await ok(postReveal(scene, {}))).revealed[scene.room]).toBe(0);
    expect(boardMaps(await storedDoc(scene.server.storage, scene.drafts(scene.lina))).notes.size).toBe(0);
  });

  it('refuses a removed participant’s drafts with 4401, and a participant’s drafts in the closed plenary with 4403', async () => {
    const scene = await attackScene();
    const removed = await scene.admin('DELETE', `/participants/${scene.sami.participantId}`);
    expect(removed.status).toBeLessThan(300);
    await expectRefused(openRawSocket(scene.server.wsUrl, scene.drafts(scene.sami), scene.sami.token), CLOSE_CODES.Unauthorized);
    await expectRefused(openRawSocket(scene.server.wsUrl, scene.drafts(scene.lina, scene.plenary.id), scene.lina.token), CLOSE_CODES.Forbidden);
  });

  it('keeps a person’s presence on their drafts between their own tabs: drags are dropped, nobody else hears it', async () => {
    const scene = await attackScene();
    const name = scene.drafts(scene.lina);
    const tab1 = scene.connect(name, scene.lina.token);
    const tab2 = scene.connect(name, scene.lina.token);
    await Promise.all([whenSynced(tab1), whenSynced(tab2)]);
    writeDrafts(tab1.doc, [draftNote('secret-draft-id', scene.lina.participantId)]);
    const onBoard = openRawSocket(scene.server.wsUrl, scene.board(scene.room), scene.marc.token);
    const onWorkshop = openRawSocket(scene.server.wsUrl, scene.docName, scene.marc.token);
    await Promise.all([expectAdmitted(onBoard), expectAdmitted(onWorkshop)]);
    tab1.provider.awareness.setLocalState({
      user: { id: scene.lina.participantId, name: 'Lina', color: '#aa3355' },
      cursor: { x: 11, y: 22 },
      drag: { 'secret-draft-id': { x: 1, y: 2 } },
      editing: 'secret-draft-id',
    });
    const seen = () => tab2.provider.awareness.getStates().get(tab1.doc.clientID) as Record<string, unknown> | undefined;
    await waitFor(() => seen()?.editing === 'secret-draft-id', 5000, 'Lina’s other tab to see her presence');
    // nothing to show a drag to
    expect(seen()!.drag ?? null).toBeNull();
    for (const frame of [...onBoard.messages, ...onWorkshop.messages]) expect(holdsText(frame, 'secret-draft-id')).toBe(false);
  });
});
