import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { boardMaps, CLOSE_CODES } from '@essaim/shared';
import { expectRefusedAndUnchanged, openCraftedScene, openCraftedSocket, sendCrafted } from './craftedScene.js';
import { sampleNote } from './openBoard.js';
import { encodeRawUpdate, newClientId } from './rawUpdate.js';
import { syncUpdateFrame } from './rawClient.js';

/** One new note by `authorId`, from a client the server has never seen. */
function newNoteUpdate(note: unknown, key: string): Uint8Array {
  return encodeRawUpdate([{ client: newClientId(), clock: 0, structs: [{ parent: 'notes', parentSub: key, any: [note] }] }]);
}

describe('red team: the sync path', () => {
  /**
   * lib0's `Any` encoding carries BigInt (type 122); `scanUpdate` skips it as 8 bytes. A room tag
   * with an extra BigInt field makes `strictNote` call `JSON.stringify` on it, which throws a
   * TypeError inside `guard.judge` — between `shadow.tryUpdate` and `shadow.accept/reject`. The
   * ShadowDoc stays in its `trying` state, so every later update of that room, from anyone,
   * throws « an update is already being tried » and is closed with 4400 (and spends the honest
   * sender's refusal budget) until the room is unloaded.
   */
  it('a note whose room tag hides a BigInt does not stop everybody else from writing', async () => {
    const scene = await openCraftedScene();
    const poisoned = { ...sampleNote('poison', scene.lina.participantId), room: { id: 'r', name: 'n', color: '#000000', x: 1n } };

    const attack = await sendCrafted(await openCraftedSocket(scene.server, scene.board, scene.lina.token), newNoteUpdate(poisoned, 'poison'));
    expect(attack).toMatch(/^closed with/);

    // Marc, an honest participant, then writes a note of his own: allowed.
    const honest = newNoteUpdate(sampleNote('marc-2', scene.marc.participantId), 'marc-2');
    const verdict = await sendCrafted(await openCraftedSocket(scene.server, scene.board, scene.marc.token), honest);
    const notes = await scene.server.rooms.withDoc(scene.board, (room) => [...boardMaps(room.doc).notes.keys()]);
    expect({ verdict, hasMarcsNote: notes.includes('marc-2') }).toEqual({ verdict: 'accepted: the connection stays open', hasMarcsNote: true });
  });

  /**
   * GC structs of clients the board has never seen change no entry, so the rights table lets
   * them through; each one adds a client to the store. One 450 KB frame adds 50,000 clients:
   * measured on the built server, each such frame blocks the event loop 1–3 s, six of them
   * take the process from 83 MB to ~600–800 MB RSS while the size estimate counts ~2.7 MB, every
   * newcomer then receives a 2 MB state vector, and every honest one-note update afterwards
   * costs ~1.2 s of event loop (per-transaction state vectors over all clients) — for good,
   * since the clients are stored.
   */
  it('a participant cannot add 50,000 new client ids (GC structs) to a board in one update', async () => {
    const scene = await openCraftedScene();
    const e = encoding.createEncoder();
    const clients = 50_000;
    encoding.writeVarUint(e, clients);
    for (let i = 0; i < clients; i++) {
      encoding.writeVarUint(e, 1); // one struct
      encoding.writeVarUint(e, 0x1000_0000 + i); // a new client
      encoding.writeVarUint(e, 0); // from clock 0
      encoding.writeUint8(e, 0); // GC
      encoding.writeVarUint(e, 1); // of length 1
    }
    encoding.writeVarUint(e, 0); // no delete set

    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: encoding.toUint8Array(e) });
  }, 60_000);

  /**
   * « refused changes, 5 then one every 15 s »: the budget is only looked at when a socket
   * opens. A participant who opens their 8 sockets first, then sends one refused update on
   * each, has all 8 tried (8 shadow rebuilds, ~1.5 s of event loop on a 1.2 MB board); and
   * after each 15 s, 8 sockets again.
   */
  it('a participant’s refused changes past the budget are not tried, however many sockets are open', async () => {
    const scene = await openCraftedScene();
    const sockets = [];
    // Marc has no socket open yet: all 8 of his cap
    for (let i = 0; i < 8; i++) sockets.push(await openCraftedSocket(scene.server, scene.board, scene.marc.token));
    // refused, and in a shape only a try can judge (two items on one new key): a new note signed with Lina's id
    const forged = (i: number) => {
      const note = sampleNote(`forged-${i}`, scene.lina.participantId);
      const place = { parent: 'notes', parentSub: `forged-${i}` };
      return encodeRawUpdate([{ client: newClientId(), clock: 0, structs: [{ ...place, any: [note] }, { ...place, any: [note] }] }]);
    };
    const buildsBefore = await scene.server.rooms.withDoc(scene.board, (room) => room.shadowBuilds);
    sockets.forEach((raw, i) => raw.socket.send(syncUpdateFrame(forged(i))));
    const codes = await Promise.all(sockets.map(async (raw) => (await raw.closed).code));
    const builds = (await scene.server.rooms.withDoc(scene.board, (room) => room.shadowBuilds)) - buildsBefore;
    expect(codes.every((code) => code === CLOSE_CODES.RefusedChange || code === CLOSE_CODES.RateLimited)).toBe(true);
    // each refused try costs one copy of the board: five at most, not eight
    expect(builds).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === CLOSE_CODES.RefusedChange).length).toBeLessThanOrEqual(5);
  });
});
