import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CLOSE_CODES, readPeople } from '@essaim/shared';
import { SqliteStorage } from '../src/storage/SqliteStorage.js';
import { MIGRATIONS } from '../src/storage/sqliteSchema.js';
import { waitFor, whenSynced } from './providers.js';
import { bearer, expectError, request } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

/** `DELETE /participants/<id>` by the holder of `token`. */
const removal = (scene: WorkshopScene, id: string, token: string) => scene.admin('DELETE', `/participants/${id}`, undefined, token);

/** How many facilitators the workshop document lists, read with `token`. */
async function facilitatorsLeft(scene: WorkshopScene, token: string): Promise<number> {
  const doc = scene.connect(scene.docName, token);
  await whenSynced(doc);
  return readPeople(doc.doc).filter((p) => p.role === 'facilitator').length;
}

describe('facilitators', () => {
  it('a co-facilitator cannot remove the creator of the workshop', async () => {
    const scene = await openWorkshop();
    const { facilitatorId: creator, facilitatorToken } = scene.workshop;
    const co = await scene.invite('facilitator', 'Coanimation');
    const creatorFollows = scene.connect(scene.docName, facilitatorToken);
    await whenSynced(creatorFollows);

    expectError(await removal(scene, creator, co.token), 403, 'creator_protected');
    // Nothing happened: the creator's token works and their socket stays open.
    expect((await request(scene.server.url, '/api/session', { headers: bearer(facilitatorToken) })).status).toBe(200);
    expect(creatorFollows.closeCodes).toEqual([]);
    // The co-facilitator may still leave, and the creator may still remove co-facilitators.
    const other = await scene.invite('facilitator', 'Autre coanimation');
    expect((await removal(scene, co.participantId, co.token)).status).toBe(204);
    expect((await removal(scene, other.participantId, facilitatorToken)).status).toBe(204);
    expect(await facilitatorsLeft(scene, facilitatorToken)).toBe(1);
  });

  it('the last facilitator cannot be removed, not even by themselves', async () => {
    const scene = await openWorkshop();
    const { facilitatorId: creator, facilitatorToken } = scene.workshop;
    expectError(await removal(scene, creator, facilitatorToken), 409, 'last_facilitator');

    // The creator may hand over to a co-facilitator, who then is the last one.
    const co = await scene.invite('facilitator', 'Relève');
    expect((await removal(scene, creator, facilitatorToken)).status).toBe(204);
    expectError(await removal(scene, co.participantId, co.token), 409, 'last_facilitator');
    expect(await facilitatorsLeft(scene, co.token)).toBe(1);
  });

  it('keep one of them when the last two leave at the same moment', async () => {
    const scene = await openWorkshop();
    const { facilitatorId: creator, facilitatorToken } = scene.workshop;
    const co = await scene.invite('facilitator', 'Coanimation');
    const coFollows = scene.connect(scene.docName, co.token);
    await whenSynced(coFollows);

    const answers = await Promise.all([removal(scene, creator, facilitatorToken), removal(scene, co.participantId, co.token)]);
    expect(answers.map((a) => a.status).sort()).toEqual([204, 409]);
    const kept = answers[0]!.status === 409 ? facilitatorToken : co.token;
    expect((await request(scene.server.url, '/api/session', { headers: bearer(kept) })).status).toBe(200);
    if (kept === facilitatorToken) await waitFor(() => coFollows.closeCodes.includes(CLOSE_CODES.Unauthorized), 5000, 'the co-facilitator’s socket to close');
    expect(await facilitatorsLeft(scene, kept)).toBe(1);
  });
});

describe('an older database', () => {
  it('learns who created each workshop: its first facilitator', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'essaim-creator-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'essaim.sqlite');
    const old = new Database(file);
    for (const migration of MIGRATIONS.slice(0, 2)) old.exec(migration);
    old.pragma('user_version = 2');
    old.prepare("INSERT INTO workshops (id, title, join_code, created_at) VALUES ('w1', 'Atelier', 'K7M2QX', 1)").run();
    const person = old.prepare('INSERT INTO participants (workshop_id, id, name, role, room_id, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    person.run('w1', 'lina', 'Lina', 'participant', 'r', 1);
    person.run('w1', 'zoe', 'Zoé', 'facilitator', 'r', 2);
    person.run('w1', 'ana', 'Ana', 'facilitator', 'r', 3);
    old.close();

    const storage = new SqliteStorage(file);
    onTestFinished(() => storage.close());
    expect((await storage.getWorkshop('w1'))?.creatorId).toBe('zoe');
  });
});
