import { randomBytes } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CLOSE_CODES } from '@essaim/shared';
import { MESSAGE } from '../src/sync/messages.js';
import { expectUndisturbed, openAttacker, openAttackScene } from './attackScene.js';
import { sampleNote, writeNote } from './openBoard.js';
import { closeOf, openRawSocket } from './rawSocket.js';

const { sync: MESSAGE_SYNC, awareness: MESSAGE_AWARENESS } = MESSAGE;

function message(...parts: (number | Uint8Array)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}

/** A real update adding a note, cut to `keep(length)` bytes; the sync message around it stays well formed. */
function truncatedUpdate(keep: (length: number) => number): Uint8Array {
  const doc = new Y.Doc();
  writeNote(doc, sampleNote('evil', 'mallory', { text: 'should never be stored' }));
  const update = Y.encodeStateAsUpdate(doc);
  const cut = update.subarray(0, keep(update.length));
  // Make sure the attack really is malformed, or the test would prove nothing.
  expect(() => Y.decodeUpdate(cut)).toThrow();
  return cut;
}
const halfUpdate = (): Uint8Array => truncatedUpdate((n) => Math.floor(n / 2));
/** Every struct is whole, only the delete set is missing: Yjs alone would apply the note, then throw. */
const updateWithoutDeleteSet = (): Uint8Array => truncatedUpdate((n) => n - 1);

function randomGarbage(): Uint8Array {
  const bytes = randomBytes(256);
  // 0xff starts a varint that can never be a known message type (0–3), whatever follows.
  bytes[0] = 0xff;
  return bytes;
}

const BAD_FRAMES: [string, () => Uint8Array | string][] = [
  ['random bytes', randomGarbage],
  ['an empty binary frame', () => new Uint8Array(0)],
  ['a Yjs update cut in half, in a sync-update message', () => message(MESSAGE_SYNC, syncProtocol.messageYjsUpdate, halfUpdate())],
  ['a Yjs update cut in half, in a sync step 2', () => message(MESSAGE_SYNC, syncProtocol.messageYjsSyncStep2, halfUpdate())],
  ['a Yjs update missing its last byte', () => message(MESSAGE_SYNC, syncProtocol.messageYjsUpdate, updateWithoutDeleteSet())],
  ['a malformed state vector in sync step 1', () => message(MESSAGE_SYNC, syncProtocol.messageYjsSyncStep1, new Uint8Array([5, 1]))],
  ['an unknown sync sub-message', () => message(MESSAGE_SYNC, 9, new Uint8Array([0, 0]))],
  ['an unknown message type', () => message(99, new Uint8Array([1, 2, 3]))],
  ['a malformed awareness update', () => message(MESSAGE_AWARENESS, new Uint8Array([3, 1, 2]))],
  ['a sync message cut after its type', () => new Uint8Array([MESSAGE_SYNC])],
  // Bytes that would be a valid sync step 1 as a binary frame: only the frame type is wrong.
  ['a text (non-binary) frame', () => Buffer.from(message(MESSAGE_SYNC, syncProtocol.messageYjsSyncStep1, new Uint8Array([0]))).toString('latin1')],
];

describe('bad frames', () => {
  it.each(BAD_FRAMES)('closes the sender of %s with 4400 and disturbs nobody else', async (_kind, build) => {
    const scene = await openAttackScene();
    const attacker = await openAttacker(scene);

    attacker.socket.send(build());

    expect((await closeOf(attacker)).code).toBe(CLOSE_CODES.BadMessage);
    await expectUndisturbed(scene);
  });

  it('refuses a bad frame sent the moment the socket opens, without waiting for the sync', async () => {
    const scene = await openAttackScene();
    const attacker = openRawSocket(scene.server.wsUrl, scene.docName, scene.participant.token);
    await attacker.opened;
    attacker.socket.send(message(MESSAGE_SYNC, syncProtocol.messageYjsUpdate, updateWithoutDeleteSet()));
    expect((await closeOf(attacker)).code).toBe(CLOSE_CODES.BadMessage);
    await expectUndisturbed(scene);
  });
});
