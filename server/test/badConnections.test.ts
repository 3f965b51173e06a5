import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES, roomDocName } from '@essaim/shared';
import { updateMessage } from '../src/sync/messages.js';
import { expectUndisturbed, openAttacker, openAttackScene, type AttackScene } from './attackScene.js';
import { sampleNote, writeNote } from './openBoard.js';
import { waitFor } from './providers.js';
import { clientFrame, closeFrameCode, OPCODE, openHandshake, openTcp } from './rawFrames.js';
import { request } from './request.js';
import { closeOf, openRawSocket, withTimeout } from './rawSocket.js';

/** ws refuses frames with reserved bits it did not negotiate with "protocol error". */
const PROTOCOL_ERROR = 1002;

function syncPath(scene: AttackScene): string {
  return `/sync/${scene.docName}?token=${encodeURIComponent(scene.participant.token)}`;
}

describe('connections that break the WebSocket protocol', () => {
  it.each([
    ['RSV1', { rsv1: true }],
    ['RSV2', { rsv2: true }],
  ])('closes a socket that sends a frame with %s set, and keeps serving', async (_bit, bits) => {
    const scene = await openAttackScene();
    const tcp = await openHandshake(scene.server.url, syncPath(scene));
    await waitFor(() => tcp.frames().some((f) => f.opcode === OPCODE.binary), 5000, 'the server’s sync step 1');

    // A valid sync step 1 inside: only the reserved bit is wrong, so ignoring it would get an answer instead of a close.
    tcp.socket.write(clientFrame({ opcode: OPCODE.binary, payload: new Uint8Array([0, 0, 1, 0]), ...bits }));

    await withTimeout(tcp.ended, 'the server to drop the connection');
    expect(closeFrameCode(tcp.frames())).toBe(PROTOCOL_ERROR);
    await expectUndisturbed(scene);
  });

  it('closes with 1009 a frame larger than maxPayload (1 MiB by default)', async () => {
    const scene = await openAttackScene();
    expect(scene.server.config.maxPayload).toBe(1024 * 1024);
    const attacker = await openAttacker(scene);
    // A well-formed update, just too big: one note holding more than a mebibyte of text.
    const doc = new Y.Doc();
    writeNote(doc, sampleNote('huge', scene.participant.participantId, { text: 'x'.repeat(scene.server.config.maxPayload + 1) }));
    const frame = updateMessage(Y.encodeStateAsUpdate(doc));

    attacker.socket.send(frame);

    expect((await closeOf(attacker)).code).toBe(CLOSE_CODES.MessageTooBig);
    await expectUndisturbed(scene);
  });

  it('survives a few hundred malformed connections in a row, then still answers and syncs', async () => {
    // Per-person limits lifted: each connection must reach the frame check (personLimits.test.ts covers the limits).
    const scene = await openAttackScene({ maxSocketsPerParticipant: 0 });
    const { server } = scene;
    // Each kind of malformed connection with the outcome it must get.
    const kinds: [string, () => Promise<string>][] = [
      ['4400', () => codeAfterSending(scene, randomBytes(64).fill(0xff, 0, 1))],
      ['4400', () => codeAfterSending(scene, 'text')],
      ['4400', () => codeAfterSending(scene, new Uint8Array([0, 2, 40, 1, 2]))],
      ['4401', async () => `${(await closeOf(openRawSocket(server.wsUrl, scene.docName))).code}`],
      ['4404', async () => `${(await closeOf(openRawSocket(server.wsUrl, roomDocName('x', 'y'), scene.participant.token))).code}`],
      [
        'dropped',
        async () => {
          // Opens, then vanishes without a close frame.
          const raw = openRawSocket(server.wsUrl, scene.docName, scene.participant.token);
          await raw.opened;
          raw.socket.terminate();
          return 'dropped';
        },
      ],
      [
        'HTTP/1.1 400 Bad Request',
        async () => {
          const tcp = openTcp(server.url);
          tcp.socket.write('BREW /coffee HTCPCP/1.0\r\n\r\n');
          await withTimeout(tcp.ended, 'the server to drop a garbage request');
          return tcp.received().toString('latin1').split('\r\n')[0]!;
        },
      ],
      [
        'cut',
        async () => {
          const tcp = openTcp(server.url);
          tcp.socket.write(`GET ${syncPath(scene)} HTTP/1.1\r\nHost: x\r\nUpgrade: websock`);
          tcp.socket.destroy();
          return 'cut';
        },
      ],
    ];

    const wrong: { expected: string; got: string }[] = [];
    let attempts = 0;
    for (let batch = 0; batch < 12; batch++) {
      const picked = Array.from({ length: 25 }, (_, i) => kinds[(batch * 25 + i) % kinds.length]!);
      const got = await Promise.all(picked.map(([, run]) => run()));
      got.forEach((g, i) => g !== picked[i]![0] && wrong.push({ expected: picked[i]![0], got: g }));
      attempts += picked.length;
    }

    expect(attempts).toBe(300);
    expect(wrong).toEqual([]);
    expect((await request(server.url, '/healthz')).status).toBe(200);
    await expectUndisturbed(scene);
  });
});

async function codeAfterSending(scene: AttackScene, frame: Uint8Array | string): Promise<string> {
  const raw = openRawSocket(scene.server.wsUrl, scene.docName, scene.participant.token);
  await raw.opened;
  raw.socket.send(frame);
  return `${(await closeOf(raw)).code}`;
}
