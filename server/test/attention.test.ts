import { describe, expect, it } from 'vitest';
import { CLOSE_CODES, readAttention, readWorkshopSettings, workshopMaps, type RoomAttention, type WorkshopResponse } from '@essaim/shared';
import { useProvider, useServer } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { openRawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';
import { bearer, expectError, request, type Answer } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

/** `token`: the creator's unless another (or null: none) is given */
function putAttention(scene: WorkshopScene, roomId: string, body: unknown, token?: string | null): Promise<Answer<RoomAttention>> {
  return scene.admin<RoomAttention>('PUT', `/rooms/${encodeURIComponent(roomId)}/attention`, body, token);
}

async function ok<T>(answer: Promise<Answer<T>>): Promise<T> {
  const { status, body } = await answer;
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

/** A participant's standard client on the workshop document: what every screen of the room reads. */
async function follower(scene: WorkshopScene, token: string) {
  const provider = scene.connect(scene.docName, token);
  await whenSynced(provider);
  return provider;
}

describe('focus and « Suivez-moi »', () => {
  it('writes the room’s focus and follow-me into the workshop document, as a participant’s client reads them', async () => {
    const scene = await openWorkshop({ rooms: 2 });
    const [room, other] = scene.breakouts.map((r) => r.id) as [string, string];
    const lina = await scene.join('Lina');
    const doc = (await follower(scene, lina.token)).doc;
    const facilitator = scene.workshop.facilitatorId;

    const before = Date.now();
    const following = await ok(putAttention(scene, room, { follow: true }));
    expect(following).toEqual({ roomId: room, focus: null, follow: { by: facilitator, at: following.follow!.at } });
    expect(following.follow!.at).toBeGreaterThanOrEqual(before);
    await waitFor(() => readAttention(doc).get(room)?.follow?.by === facilitator, 5000, 'follow-me in the workshop document');
    expect(readAttention(doc).get(room)).toEqual(following);
    // another room is not asked anything
    expect(readAttention(doc).has(other)).toBe(false);

    // a focus leaves the follow-me as it was, and the other way round
    const focused = await ok(putAttention(scene, room, { focus: { kind: 'frame', id: 'zone-binome-1' } }));
    expect(focused).toEqual({ roomId: room, follow: following.follow, focus: { kind: 'frame', id: 'zone-binome-1', by: facilitator, at: focused.focus!.at } });
    await waitFor(() => readAttention(doc).get(room)?.focus?.id === 'zone-binome-1', 5000, 'the focus in the workshop document');
    expect(workshopMaps(doc).attention.get(room)).toEqual(focused);

    // a co-facilitator takes over « Suivez-moi »; the focus changes to a note
    const marie = await scene.invite('facilitator', 'Marie');
    const takenOver = await ok(putAttention(scene, room, { follow: true, focus: { kind: 'note', id: 'n1' } }, marie.token));
    expect(takenOver.follow?.by).toBe(marie.participantId);
    expect(takenOver.focus).toMatchObject({ kind: 'note', id: 'n1', by: marie.participantId });
    await waitFor(() => readAttention(doc).get(room)?.follow?.by === marie.participantId, 5000, 'the new leader');

    // « Arrêter » and « Fin de la mise en lumière »
    const ended = await ok(putAttention(scene, room, { follow: false, focus: null }));
    expect(ended).toEqual({ roomId: room, focus: null, follow: null });
    await waitFor(() => readAttention(doc).get(room)?.follow === null && readAttention(doc).get(room)?.focus === null, 5000, 'both ended');

    // the plenary is a room like the others
    const plenary = await ok(putAttention(scene, scene.plenary.id, { focus: { kind: 'group', id: 'g-transports' } }));
    expect(plenary.focus).toMatchObject({ kind: 'group', id: 'g-transports' });
  });

  it('is for the workshop’s facilitators only: participants, observers, other workshops and no token are refused', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina');
    const observer = await scene.invite('observer', 'Olivier');
    const elsewhere = await openWorkshop({ rooms: 1 }, scene.server);
    const doc = (await follower(scene, lina.token)).doc;

    expectError(await putAttention(scene, room, { follow: true }, lina.token), 403, 'forbidden');
    expectError(await putAttention(scene, room, { focus: { kind: 'note', id: 'n1' } }, observer.token), 403, 'forbidden');
    expectError(await putAttention(scene, room, { follow: true }, elsewhere.workshop.facilitatorToken), 403, 'forbidden');
    expectError(await putAttention(scene, room, { follow: true }, null), 401, 'unauthorized');

    // nobody writes attention through the document either, not even a facilitator
    for (const token of [lina.token, scene.workshop.facilitatorToken]) {
      const raw = await openRawClient(scene.server.wsUrl, scene.docName, token);
      raw.send((d) => workshopMaps(d).attention.set(room, { roomId: room, focus: null, follow: { by: lina.participantId, at: Date.now() } }));
      expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    }
    // a change the facilitator makes afterwards arrives, and is the only one
    await ok(putAttention(scene, room, { focus: { kind: 'frame', id: 'z1' } }));
    await waitFor(() => readAttention(doc).get(room)?.focus?.id === 'z1', 5000, 'the facilitator’s focus');
    expect(readAttention(doc).get(room)?.follow).toBeNull();
  });

  it('answers 400 with a readable sentence to a malformed body and 404 to a room that is not the workshop’s, writing nothing', async () => {
    const scene = await openWorkshop({ rooms: 2 });
    const [room, removed] = scene.breakouts.map((r) => r.id) as [string, string];
    const lina = await scene.join('Lina');
    const doc = (await follower(scene, lina.token)).doc;
    expect((await scene.admin('DELETE', `/rooms/${removed}`)).status).toBe(204);

    const bad: unknown[] = [
      {},
      [{ follow: true }],
      'follow',
      { follow: 'yes' },
      { follow: 1 },
      { focus: 'n1' },
      { focus: { kind: 'link', id: 'l1' } },
      { focus: { kind: 'note' } },
      { focus: { kind: 'note', id: '' } },
      { focus: { kind: 'note', id: 'a/b' } },
      { focus: { kind: 'note', id: 'x'.repeat(65) } },
      { focus: { kind: 'note', id: 'constructor' } },
      { focus: { kind: 'note', id: 42 } },
      { focus: { kind: 'note', id: 'n1', by: lina.participantId } },
      { focus: [] },
      { follow: true, lead: 'Lina' },
    ];
    for (const body of bad) {
      const answer = await putAttention(scene, room, body);
      expectError(answer, 400, 'invalid_request');
      expect((answer.body as unknown as { error: { message: string } }).error.message.length).toBeGreaterThan(20);
    }
    expectError(await scene.admin('PUT', `/rooms/${room}/attention`, undefined), 400, 'invalid_request');
    for (const roomId of ['nowhere', removed]) expectError(await putAttention(scene, roomId, { follow: true }), 404, 'not_found');

    // nothing was written for any of them (ending what is not on writes nothing either): the next change is the first entry
    expect(await ok(putAttention(scene, room, { follow: false, focus: null }))).toEqual({ roomId: room, focus: null, follow: null });
    const focused = await ok(putAttention(scene, room, { focus: { kind: 'note', id: 'n1' } }));
    await waitFor(() => readAttention(doc).has(room), 5000, 'the room’s entry');
    expect([...readAttention(doc).keys()]).toEqual([room]);
    expect(readAttention(doc).get(room)).toEqual(focused);
  });

  it('keeps each facilitator to 120 changes a minute', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    for (let i = 0; i < 120; i++) await ok(putAttention(scene, room, { follow: i % 2 === 0 }));
    const refused = await putAttention(scene, room, { follow: true });
    expectError(refused, 429, 'too_many_requests');
    // another facilitator has a budget of their own
    const marie = await scene.invite('facilitator', 'Marie');
    expect((await ok(putAttention(scene, room, { follow: true }, marie.token))).follow?.by).toBe(marie.participantId);
  });

  it('survives a server restart, like everything in the workshop document', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const set = await ok(putAttention(scene, room, { follow: true, focus: { kind: 'frame', id: 'z1' } }));
    await scene.server.stop();
    const restarted = await useServer({}, scene.server.dataDir);
    const lina = await restarted.join(scene.workshop.joinCode, 'Lina');
    const provider = useProvider(restarted.wsUrl, scene.docName, lina.token);
    await whenSynced(provider);
    expect(readAttention(provider.doc).get(room)).toEqual(set);
  });
});

describe('anonymity', () => {
  it('is a workshop setting the facilitator switches, stored in the workshop document every screen reads and in the facilitator’s answers', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const lina = await scene.join('Lina');
    const doc = (await follower(scene, lina.token)).doc;
    expect(readWorkshopSettings(doc).anonymous).toBe(false);
    expect((await ok(scene.admin<WorkshopResponse>('GET', ''))).anonymous).toBe(false);

    const on = await ok(scene.admin<WorkshopResponse>('PATCH', '', { anonymous: true }));
    expect(on.anonymous).toBe(true);
    await waitFor(() => readWorkshopSettings(doc).anonymous, 5000, 'anonymity in the workshop document');
    expect((await ok(scene.admin<WorkshopResponse>('GET', ''))).anonymous).toBe(true);
    // other settings are left as they were, and change alongside it
    const both = await ok(scene.admin<WorkshopResponse>('PATCH', '', { title: 'Atelier anonyme', plenaryOpen: true }));
    expect(both).toMatchObject({ title: 'Atelier anonyme', plenaryOpen: true, anonymous: true });
    expect(readWorkshopSettings(doc).anonymous).toBe(true);

    // only a facilitator switches it, only to a boolean
    expectError(await scene.admin('PATCH', '', { anonymous: false }, lina.token), 403, 'forbidden');
    expectError(await scene.admin('PATCH', '', { anonymous: 'no' }), 400, 'invalid_request');
    expect((await ok(scene.admin<WorkshopResponse>('GET', ''))).anonymous).toBe(true);

    // kept across a restart
    await scene.server.stop();
    const restarted = await useServer({}, scene.server.dataDir);
    const admin = <T>(method: string, json?: unknown) =>
      request<T>(restarted.url, `/api/workshops/${scene.workshop.workshopId}`, { method, json, headers: bearer(scene.workshop.facilitatorToken) });
    expect((await ok(admin<WorkshopResponse>('GET'))).anonymous).toBe(true);
    const off = await ok(admin<WorkshopResponse>('PATCH', { anonymous: false }));
    expect(off).toMatchObject({ anonymous: false, title: 'Atelier anonyme' });
  });
});
