import { describe, expect, it } from 'vitest';
import { whenSynced } from './providers.js';
import { expectStatus, openRound, openVoteWorkshop, putDot, roundIn, writeNotes } from './voteScene.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a round costs the server while nobody has the workshop document open, and how it follows its timer. */
describe('dot voting with nobody on the workshop document', () => {
  it('loads the workshop document no more than twice in 2 s for a timed round, and not again for an idle open round', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', room);
    const board = await writeNotes(scene, lina, room, [{ id: 'note-a', x: 0, y: 0 }]);
    let loads = 0;
    scene.server.rooms.workshopLoaded.add(() => loads++);

    // a timed round: its alarm looks at the timer, which loads the document — once, not in a loop
    const timed = await openRound(scene, { dotsPerPerson: 3, durationSeconds: 60 });
    await expectStatus(putDot(scene, timed.voteId, 'note-a', lina.token));
    let before = loads;
    await sleep(2000);
    expect(loads - before, 'loads of the workshop document in 2 s').toBeLessThan(3);

    // an untimed round after a dot: the write of who voted loads it once, never again while idle
    await expectStatus(scene.admin('POST', `/votes/${timed.voteId}/close`, {}));
    const idle = await openRound(scene, { dotsPerPerson: 3 });
    await expectStatus(putDot(scene, idle.voteId, 'note-a', lina.token));
    await sleep(500);
    before = loads;
    await sleep(2500);
    expect(loads - before, 'loads of the workshop document in 2.5 s of quiet').toBeLessThan(2);
    board.destroy();
  });

  it('closes at the new zero when the timer is stopped and started again', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', room);
    const board = await writeNotes(scene, lina, room, [{ id: 'note-a', x: 0, y: 0 }]);
    const doc = scene.connect(scene.docName, scene.workshop.facilitatorToken);
    await whenSynced(doc);
    const { voteId } = await openRound(scene, { durationSeconds: 60 });
    await expectStatus(scene.admin('POST', '/timer', { action: 'stop', roomIds: [room] }));
    await sleep(300);
    await expectStatus(scene.admin('POST', '/timer', { action: 'start', seconds: 1, roomIds: [room] }));
    await sleep(2500);
    expect(roundIn(doc.doc, voteId)?.status).toBe('closed');
    board.destroy();
  });
});
