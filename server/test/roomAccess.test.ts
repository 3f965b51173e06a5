import { describe, expect, it } from 'vitest';
import { CLOSE_CODES, readPeople, type JoinResponse, type SessionResponse, type WorkshopResponse } from '@essaim/shared';
import { noteIds, sampleNote, writeNote } from './openBoard.js';
import { waitFor, whenSynced, type TestProvider } from './providers.js';
import { expectAdmitted, expectRefused, openRawSocket } from './rawSocket.js';
import { bearer, request } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

/** Opens `docName` with `token` on a raw socket: admitted (the server's sync step 1 arrives) or refused with `code`, nothing sent. */
async function expectAccess(scene: WorkshopScene, docName: string, token: string, code: number | 'open'): Promise<void> {
  const raw = openRawSocket(scene.server.wsUrl, docName, token);
  if (code === 'open') await expectAdmitted(raw, `${docName} to open`);
  else await expectRefused(raw, code, `${docName} to be refused with ${code}`);
}

/** After this, any close the server sent before now has reached every provider of the board. */
async function flush(writer: TestProvider, readers: TestProvider[], id: string): Promise<void> {
  writeNote(writer.doc, sampleNote(id, 'animation'));
  for (const reader of readers) await waitFor(() => noteIds(reader.doc).includes(id), 5000, `${id} to arrive`);
}

describe('who opens which room', () => {
  it('spreads participants evenly over three breakout rooms, in dashboard order', async () => {
    const scene = await openWorkshop({ rooms: 3 });
    const [r1, r2, r3] = scene.breakouts.map((r) => r.id);
    const joined: JoinResponse[] = [];
    for (const name of ['Lina', 'Marc', 'Sofia', 'Yanis', 'Inès', 'Tom', 'Nour']) joined.push(await scene.join(name));

    expect(joined.map((j) => j.roomId)).toEqual([r1, r2, r3, r1, r2, r3, r1]);
    // The session and the workshop document say the same.
    const sessions = await Promise.all(joined.map((j) => request<SessionResponse>(scene.server.url, '/api/session', { headers: bearer(j.token) })));
    expect(sessions.map((s) => s.body.roomId)).toEqual(joined.map((j) => j.roomId));
    const follower = scene.connect(scene.docName, joined[0]!.token);
    await whenSynced(follower);
    const inDoc = new Map(readPeople(follower.doc).map((p) => [p.id, p.roomId]));
    expect(joined.map((j) => inDoc.get(j.participantId))).toEqual(joined.map((j) => j.roomId));
  });

  it('lets a participant open their own room, not another one, and the plenary only while it is open', async () => {
    const scene = await openWorkshop({ rooms: 3 });
    const [r1, r2, r3] = scene.breakouts.map((r) => r.id);
    const lina = await scene.join('Lina');
    const observer = await scene.invite('observer', 'Observatoire');
    expect(lina.roomId).toBe(r1);
    const plenary = scene.board(scene.plenary.id);

    await expectAccess(scene, scene.board(r1!), lina.token, 'open');
    await expectAccess(scene, scene.board(r2!), lina.token, CLOSE_CODES.Forbidden);
    await expectAccess(scene, scene.board(r3!), lina.token, CLOSE_CODES.Forbidden);
    await expectAccess(scene, plenary, lina.token, CLOSE_CODES.Forbidden);

    const opened = await scene.admin<WorkshopResponse>('PATCH', '', { plenaryOpen: true });
    expect(opened.body.plenaryOpen).toBe(true);
    const ownRoom = scene.connect(scene.board(r1!), lina.token);
    const inPlenary = scene.connect(plenary, lina.token);
    const facilitator = scene.connect(plenary, scene.workshop.facilitatorToken);
    const watching = scene.connect(plenary, observer.token);
    await Promise.all([ownRoom, inPlenary, facilitator, watching].map((p) => whenSynced(p)));

    const closed = await scene.admin<WorkshopResponse>('PATCH', '', { plenaryOpen: false });
    expect(closed.body.plenaryOpen).toBe(false);

    await waitFor(() => inPlenary.closeCodes.length > 0, 5000, 'Lina’s plenary to close');
    expect(inPlenary.closeCodes).toEqual([CLOSE_CODES.RoomChanged]);
    await flush(facilitator, [watching], 'after-closing');
    const ownRoomWriter = scene.connect(scene.board(r1!), scene.workshop.facilitatorToken);
    await whenSynced(ownRoomWriter);
    await flush(ownRoomWriter, [ownRoom], 'in-her-room');
    expect([ownRoom.closeCodes, facilitator.closeCodes, watching.closeCodes]).toEqual([[], [], []]);
    await expectAccess(scene, plenary, lina.token, CLOSE_CODES.Forbidden);
  });

  it('lets facilitators and observers open every room, the closed plenary and the workshop document', async () => {
    const scene = await openWorkshop({ rooms: 3 });
    const coFacilitator = await scene.invite('facilitator', 'Co-animation');
    const observer = await scene.invite('observer', 'Observatoire');
    const docs = [scene.plenary, ...scene.breakouts].map((r) => scene.board(r.id)).concat(scene.docName);

    for (const token of [scene.workshop.facilitatorToken, coFacilitator.token, observer.token]) {
      for (const docName of docs) await expectAccess(scene, docName, token, 'open');
    }
  });

  it('refuses with 4403 every role of another workshop, on every document', async () => {
    const scene = await openWorkshop({ rooms: 2 });
    const other = await openWorkshop({ rooms: 2, title: 'Autre atelier' }, scene.server);
    // Open, so that the plenary is refused for the workshop, not for being closed.
    await scene.admin('PATCH', '', { plenaryOpen: true });
    const strangers = [
      (await other.join('Lina')).token,
      other.workshop.facilitatorToken,
      (await other.invite('facilitator', 'Co')).token,
      (await other.invite('observer', 'Obs')).token,
    ];
    const docs = [scene.plenary, ...scene.breakouts].map((r) => scene.board(r.id)).concat(scene.docName);

    for (const token of strangers) for (const docName of docs) await expectAccess(scene, docName, token, CLOSE_CODES.Forbidden);
  });

  it('answers 4404 for a removed room, whoever asks', async () => {
    const scene = await openWorkshop({ rooms: 3 });
    const [, , r3] = scene.breakouts.map((r) => r.id);
    const people = [];
    for (const name of ['Lina', 'Marc', 'Sofia']) people.push(await scene.join(name));
    const sofia = people[2]!;
    expect(sofia.roomId).toBe(r3);
    const observer = await scene.invite('observer', 'Observatoire');
    await expectAccess(scene, scene.board(r3!), sofia.token, 'open');

    expect((await scene.admin('DELETE', `/rooms/${r3}`)).status).toBe(204);

    for (const token of [sofia.token, scene.workshop.facilitatorToken, observer.token]) {
      await expectAccess(scene, scene.board(r3!), token, CLOSE_CODES.UnknownDocument);
    }
  });
});
