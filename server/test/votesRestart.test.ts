import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useProvider, useServer } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { bearer, expectError, request } from './request.js';
import type { TestServer } from './startServer.js';
import { closeVote, countsOf, expectStatus, getVote, openRound, openVoteWorkshop, putDot, takeDot, waitForRound, writeNotes } from './voteScene.js';
import type { WorkshopScene } from './workshopScene.js';

/** The same workshop, its calls going to `server` (the server rebuilt on its data). */
function on(scene: WorkshopScene, server: TestServer): WorkshopScene {
  return {
    ...scene,
    server,
    admin: (method, path, json, token = scene.workshop.facilitatorToken) =>
      request(server.url, `/api/workshops/${scene.workshop.workshopId}${path}`, { method, json, headers: bearer(token ?? undefined) }),
    connect: (docName, token) => useProvider(server.wsUrl, docName, token),
  };
}

/** A room with Lina and Marc, notes A–C, and an open round of 3 dots, 2 a note at most. */
async function roundInProgress() {
  const scene = await openVoteWorkshop({ rooms: 1 });
  const room = scene.breakouts[0]!.id;
  const [lina, marc] = await Promise.all(['Lina', 'Marc'].map((n) => scene.join(n, room)));
  await writeNotes(scene, lina!, room, [{ id: 'note-a', x: 0, y: 0 }, { id: 'note-b', x: 300, y: 0 }, { id: 'note-c', x: 600, y: 0 }]);
  const { voteId } = await openRound(scene, { dotsPerPerson: 3, maxPerNote: 2 });
  for (const id of ['note-a', 'note-a', 'note-b']) await expectStatus(putDot(scene, voteId, id, lina!.token));
  await expectStatus(putDot(scene, voteId, 'note-c', marc!.token));
  return { scene, room, lina: lina!, marc: marc!, voteId };
}

describe('dot voting across a restart', () => {
  it('keeps every dot and each person’s budget when the server is rebuilt on its data, and closes with the right counts', async () => {
    const { scene, room, lina, marc, voteId } = await roundInProgress();
    await scene.server.stop();
    const again = on(scene, await useServer({ joinRateLimit: 1000 }, scene.server.dataDir));

    expect(await expectStatus(getVote(again, voteId, lina.token))).toMatchObject({ status: 'open', dotsLeft: 0, myDots: { 'note-a': 2, 'note-b': 1 }, results: null });
    expect(await expectStatus(getVote(again, voteId, marc.token))).toMatchObject({ dotsLeft: 2, myDots: { 'note-c': 1 } });
    expect(countsOf((await expectStatus(getVote(again, voteId, scene.workshop.facilitatorToken))).results)).toEqual({ 'note-a': 2, 'note-b': 1, 'note-c': 1 });
    // the workshop document still has the round open, and soon who voted (written again at load when the stop cut that write short)
    const doc = again.connect(again.docName, lina.token);
    await whenSynced(doc);
    expect(await waitForRound(doc, voteId, (r) => r.votedByRoom[room] === 2, 'the round after the restart, with who voted')).toMatchObject({ status: 'open', results: null, votedByRoom: { [room]: 2 } });

    // the budget still holds, the cap too
    expectError(await putDot(again, voteId, 'note-c', lina.token), 409, 'no_dots_left');
    expectError(await putDot(again, voteId, 'note-a', lina.token), 409, 'no_dots_left');
    await expectStatus(putDot(again, voteId, 'note-c', marc.token));
    expectError(await putDot(again, voteId, 'note-c', marc.token), 409, 'note_cap_reached');
    expect(await expectStatus(putDot(again, voteId, 'note-a', marc.token))).toMatchObject({ dotsLeft: 0, myDots: { 'note-c': 2, 'note-a': 1 } });
    expectError(await putDot(again, voteId, 'note-b', marc.token), 409, 'no_dots_left');
    // a dot taken back is one to put again, once
    await expectStatus(takeDot(again, voteId, 'note-b', lina.token));
    await expectStatus(putDot(again, voteId, 'note-c', lina.token));
    expectError(await putDot(again, voteId, 'note-b', lina.token), 409, 'no_dots_left');

    const closed = await expectStatus(closeVote(again, voteId));
    expect(countsOf(closed.results)).toEqual({ 'note-a': 3, 'note-c': 3 });
    expect(closed.turnout).toEqual({ voted: 2, eligible: 2 });
    expect(closed.byRoom).toEqual([{ roomId: room, voted: 2, eligible: 2, dots: 6 }]);
    await waitForRound(doc, voteId, (r) => r.status === 'closed', 'the close in the workshop document');
  });

  it('has each answered dot on disk at once: the data directory copied right after the answers, as a crash would leave it, holds them', async () => {
    const { scene, lina, marc, voteId } = await roundInProgress();
    // a last dot, and the data copied the moment it is answered, the server still running
    await expectStatus(putDot(scene, voteId, 'note-b', marc.token));
    const copy = mkdtempSync(join(tmpdir(), 'essaim-vote-crash-'));
    onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
    cpSync(scene.server.dataDir, copy, { recursive: true });
    const again = on(scene, await useServer({ joinRateLimit: 1000 }, copy));

    expect(await expectStatus(getVote(again, voteId, lina.token))).toMatchObject({ status: 'open', dotsLeft: 0, myDots: { 'note-a': 2, 'note-b': 1 } });
    expect(await expectStatus(getVote(again, voteId, marc.token))).toMatchObject({ dotsLeft: 1, myDots: { 'note-c': 1, 'note-b': 1 } });
    expectError(await putDot(again, voteId, 'note-c', lina.token), 409, 'no_dots_left');
    const closed = await expectStatus(closeVote(again, voteId));
    expect(countsOf(closed.results)).toEqual({ 'note-a': 2, 'note-b': 2, 'note-c': 1 });
  });

  it('still closes a timed round at zero when the server restarted during it', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', room);
    await writeNotes(scene, lina, room, [{ id: 'note-a', x: 0, y: 0 }]);
    const { voteId } = await openRound(scene, { durationSeconds: 2 });
    await expectStatus(putDot(scene, voteId, 'note-a', lina.token));
    await scene.server.stop();
    const again = on(scene, await useServer({ joinRateLimit: 1000 }, scene.server.dataDir));
    // no call closes it: a screen following the workshop document sees the server close it at zero
    const doc = again.connect(again.docName, lina.token);
    const closed = await waitForRound(doc, voteId, (r) => r.status === 'closed', 'the round closed at zero after the restart', 6000);
    expect(countsOf(closed.results)).toEqual({ 'note-a': 1 });
    await waitFor(async () => (await expectStatus(getVote(again, voteId, lina.token))).status === 'closed', 2000, 'the closed round over HTTP');
  });
});
