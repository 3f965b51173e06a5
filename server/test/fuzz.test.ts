import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@essaim/shared';
import { expectUndisturbed, openAttacker, openAttackScene } from './attackScene.js';
import { subdocFlood } from './fuzzFrames.js';
import { printFuzzReport, runFuzz } from './fuzzRun.js';
import { syncUpdateFrame } from './rawClient.js';
import { closeOf } from './rawSocket.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);

describe('fuzzed frames', () => {
  it('closes every bad connection with a named code while the room keeps syncing', async () => {
    console.log(`fuzz seed ${SEED} (FUZZ_SEED=… to replay)`);
    const report = await runFuzz({ frames: 1000, seed: SEED });
    printFuzzReport(report);

    expect(report.unexpected).toEqual([]);
    expect(report.crashes).toBe(0);
    expect(report.delivered).toBe(report.writerNotes);
    expect(report.targetKept).toBe(true);
    if (global.gc) expect(report.memory.after.heapUsed).toBeLessThan(2 * report.memory.before.heapUsed + 20 * 1024 * 1024);
  }, 120_000);
});

describe('frames fuzzing found', () => {
  it('refuses an update made of sub-document structs before Yjs decodes it (3.5 s per MiB before)', async () => {
    const scene = await openAttackScene();
    const attacker = await openAttacker(scene);
    // ~1 MiB of structs, each of which Yjs would turn into a whole Y.Doc while decoding.
    const update = subdocFlood(55_000);
    expect(update.byteLength).toBeLessThan(scene.server.config.maxPayload - 16);

    attacker.socket.send(syncUpdateFrame(update));

    expect((await closeOf(attacker)).code).toBe(CLOSE_CODES.RefusedChange);
    await expectUndisturbed(scene);
  });

  it('refuses deletions of changes the server never had, which Yjs would keep and merge into every sync answer', async () => {
    const scene = await openAttackScene();
    const attacker = await openAttacker(scene);
    // No structs, and a delete set for 50,000 clients the server has never heard of.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 50_000);
    for (let c = 0; c < 50_000; c++) for (const n of [1000 + c, 1, 0, 1]) encoding.writeVarUint(encoder, n);
    const update = encoding.toUint8Array(encoder);

    attacker.socket.send(syncUpdateFrame(update));

    expect((await closeOf(attacker)).code).toBe(CLOSE_CODES.RefusedChange);
    const room = [...scene.server.rooms.allConnections()][0]!.room;
    expect(room.doc.store.pendingDs).toBeNull();
    await expectUndisturbed(scene);
  });
});
