import { describe, expect, it } from 'vitest';
import { boardMaps, CLOSE_CODES } from '@essaim/shared';
import { expectRefusedAndUnchanged, NOTE, openCraftedScene, openCraftedSocket, sendCrafted, untilServerHas } from './craftedScene.js';
import { sampleNote, useProvider, writeNote } from './openBoard.js';
import { whenSynced } from './providers.js';
import { currentItemId, encodeRawUpdate, newClientId, objectWithKeys } from './rawUpdate.js';

/** One note entry written by a client the server has never seen: `key` in `notes`, `value` as its JSON. */
function noteEntry(key: string, value: unknown): Uint8Array {
  return encodeRawUpdate([{ client: newClientId(), clock: 0, structs: [{ parent: 'notes', parentSub: key, any: [value] }] }]);
}

/** Lina's note, valid in every field, plus the own keys given (`__proto__` included: see `objectWithKeys`). */
const linasNoteWith = (linaId: string, extra: [string, unknown][]): Record<string, unknown> =>
  objectWithKeys([...Object.entries(sampleNote('hidden', linaId)), ...extra]);

/** 200 KB that no size estimate sees once it is a prototype. */
const HIDDEN = { filler: 'x'.repeat(200_000) };

/**
 * Security issue #9, item 3: hidden memory and out-of-range values. lib0 decodes an own
 * `"__proto__"` key of a JSON object into the object's prototype: the note looks normal while
 * it holds whatever was sent. Such keys, such ids, and creation times outside any workshop are refused.
 */
const HIDDEN_DATA: [string, (linaId: string) => Uint8Array][] = [
  ['a note whose JSON has an own "__proto__" key holding 200 KB', (lina) => noteEntry('hidden', linasNoteWith(lina, [['__proto__', HIDDEN]]))],
  ['a note with a "constructor" key', (lina) => noteEntry('hidden', linasNoteWith(lina, [['constructor', HIDDEN]]))],
  ['a note with a "prototype" key', (lina) => noteEntry('hidden', linasNoteWith(lina, [['prototype', HIDDEN]]))],
  ['a note whose key and id are "__proto__"', (lina) => noteEntry('__proto__', sampleNote('__proto__', lina))],
  ['a note created at −10¹⁵ ms', (lina) => noteEntry('hidden', sampleNote('hidden', lina, { createdAt: -1e15 }))],
  ['a note created at 8.64·10¹⁵ ms', (lina) => noteEntry('hidden', sampleNote('hidden', lina, { createdAt: 8.64e15 }))],
];

describe('crafted updates: hidden data and out-of-range values', () => {
  it.each(HIDDEN_DATA)('refused, nothing stored: %s', async (_what, build) => {
    const scene = await openCraftedScene();

    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: build(scene.lina.participantId) });
  });
});

/**
 * Security issue #9, item 4: event-loop stalls. Both updates stay within the sender's rights
 * (Lina deletes her own notes), so only their shape can get them refused. Nothing here measures
 * time: the long timeouts only let the run report an old server that accepts them after a stall.
 */
describe('crafted updates: shapes that stall the server', () => {
  it('refuses 40,000 deleted structs that all name the current item of one note as origin, and /healthz answers afterwards', async () => {
    const scene = await openCraftedScene();
    const origin = currentItemId(boardMaps(scene.writer.doc).notes, NOTE.lina);
    const update = encodeRawUpdate([{ client: newClientId(), clock: 0, structs: Array.from({ length: 40_000 }, () => ({ origin, deleted: 1 })) }]);

    const verdict = await sendCrafted(await openCraftedSocket(scene.server, scene.board, scene.lina.token), update, 110_000);

    expect(verdict).toBe(`closed with ${CLOSE_CODES.RefusedChange}`);
    expect((await fetch(`${scene.server.url}/healthz`)).status).toBe(200);
  }, 120_000);

  it('refuses 40,000 deleted structs chained on one origin (the first over a note, every other one after the first), and /healthz answers afterwards', async () => {
    const scene = await openCraftedScene();
    const client = newClientId();
    const note = currentItemId(boardMaps(scene.writer.doc).notes, NOTE.lina);
    // The shape of the 7.5 s stall: a guard that looks each origin up among the update's
    // own structs from the last one backwards walks them all, 40,000 times.
    const structs = Array.from({ length: 40_000 }, (_, i) => ({ origin: i === 0 ? note : { client, clock: 0 }, deleted: 1 }));
    const update = encodeRawUpdate([{ client, clock: 0, structs }]);

    const verdict = await sendCrafted(await openCraftedSocket(scene.server, scene.board, scene.lina.token), update, 110_000);

    expect(verdict).toBe(`closed with ${CLOSE_CODES.RefusedChange}`);
    expect((await fetch(`${scene.server.url}/healthz`)).status).toBe(200);
  }, 120_000);

  it('refuses a delete set of 20,000 overlapping ranges over a client that wrote 2,000 notes, and /healthz answers afterwards', async () => {
    const scene = await openCraftedScene();
    const lina = useProvider(scene.server.wsUrl, scene.board, scene.lina.token);
    await whenSynced(lina);
    lina.doc.transact(() => {
      for (let i = 0; i < 2000; i++) writeNote(lina.doc, sampleNote(`own-${i}`, scene.lina.participantId, { x: (i % 50) * 180 }));
    });
    await untilServerHas(scene.server, scene.board, lina.doc);
    // Lina's client wrote clocks 0–1999, one note each: every range covers all of them.
    const ranges = Array.from({ length: 20_000 }, () => ({ clock: 0, len: 2000 }));
    const update = encodeRawUpdate([], [{ client: lina.doc.clientID, ranges }]);

    const verdict = await sendCrafted(await openCraftedSocket(scene.server, scene.board, scene.lina.token), update, 110_000);

    expect(verdict).toBe(`closed with ${CLOSE_CODES.RefusedChange}`);
    expect((await fetch(`${scene.server.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
