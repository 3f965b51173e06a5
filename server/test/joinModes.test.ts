import { describe, expect, it } from 'vitest';
import {
  CLOSE_CODES,
  readPeople,
  workshopMaps,
  type JoinPreview,
  type JoinResponse,
  type SessionResponse,
  type WorkshopResponse,
} from '@essaim/shared';
import { waitFor, whenSynced } from './providers.js';
import { openRawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';
import { bearer, expectError, request } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

const session = (scene: WorkshopScene, token: string) => request<SessionResponse>(scene.server.url, '/api/session', { headers: bearer(token) });
const joinWith = (scene: WorkshopScene, json: Record<string, unknown>) => request<JoinResponse>(scene.server.url, '/api/join', { json });

describe('joining', () => {
  it('previews a workshop by its code: the rooms to choose from only in choice mode, nobody added', async () => {
    const balanced = await openWorkshop({ rooms: 2, title: 'Atelier équilibré' });
    const choice = await openWorkshop({ rooms: 3, roomNames: ['Mobilité', 'Logement', 'Énergie'], assignment: 'choice', title: 'Atelier au choix' }, balanced.server);
    const code = choice.workshop.joinCode;

    const preview = await request<JoinPreview>(choice.server.url, `/api/join/${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ title: 'Atelier au choix', assignment: 'choice', rooms: choice.breakouts });
    expect(preview.body.rooms.map((r) => r.name)).toEqual(['Mobilité', 'Logement', 'Énergie']);
    expect((await request<JoinPreview>(balanced.server.url, `/api/join/${balanced.workshop.joinCode}`)).body).toEqual({
      title: 'Atelier équilibré',
      assignment: 'balanced',
      rooms: [],
    });
    expectError(await request(choice.server.url, '/api/join/ZZZZZZ'), 404, 'unknown_code');

    const follower = choice.connect(choice.docName, choice.workshop.facilitatorToken);
    await whenSynced(follower);
    expect(readPeople(follower.doc).map((p) => p.role)).toEqual(['facilitator']);
  });

  it('puts a participant in the room they chose in choice mode, and places them as in balanced mode otherwise', async () => {
    const scene = await openWorkshop({ rooms: 3, assignment: 'choice' });
    const [r1, r2, r3] = scene.breakouts.map((r) => r.id);

    const chose = await scene.join('Lina', r3);
    const choseAgain = await scene.join('Marc', r3);
    expect([chose.roomId, choseAgain.roomId]).toEqual([r3, r3]);
    expect((await session(scene, chose.token)).body.roomId).toBe(r3);
    const follower = scene.connect(scene.docName, chose.token);
    await whenSynced(follower);
    expect(workshopMaps(follower.doc).people.get(chose.participantId)?.roomId).toBe(r3);
    // No choice, an unknown room or the plenary: the emptiest breakout room instead.
    expect((await scene.join('Sofia')).roomId).toBe(r1);
    expect((await scene.join('Yanis', 'nope')).roomId).toBe(r2);
    expect((await scene.join('Inès', scene.plenary.id)).roomId).toBe(r1);

    const balanced = await openWorkshop({ rooms: 3 }, scene.server);
    const ignored = await balanced.join('Tom', balanced.breakouts[2]!.id);
    expect(ignored.roomId).toBe(balanced.breakouts[0]!.id);
  });

  it('gives the facilitator role through the co-facilitator link and the observer role through the observer link', async () => {
    const scene = await openWorkshop({ rooms: 2 });

    const co = await scene.invite('facilitator', 'Co-animation');
    const obs = await scene.invite('observer', 'Observatoire');

    expect(co).toMatchObject({ workshopId: scene.workshop.workshopId, role: 'facilitator', name: 'Co-animation', roomId: scene.plenary.id });
    expect(obs).toMatchObject({ workshopId: scene.workshop.workshopId, role: 'observer', name: 'Observatoire', roomId: scene.plenary.id });
    expect((await session(scene, co.token)).body.role).toBe('facilitator');
    expect((await session(scene, obs.token)).body.role).toBe('observer');
    expect((await scene.admin<WorkshopResponse>('GET', '', undefined, co.token)).status).toBe(200);
    expectError(await scene.admin('GET', '', undefined, obs.token), 403, 'forbidden');
    const follower = scene.connect(scene.docName, obs.token);
    await whenSynced(follower);
    expect(readPeople(follower.doc).filter((p) => p.role !== 'participant').map((p) => [p.name, p.role])).toEqual([
      ['Animation', 'facilitator'],
      ['Co-animation', 'facilitator'],
      ['Observatoire', 'observer'],
    ]);
  });

  it.each(['facilitator', 'observer'] as const)('retires the old %s link when it is rotated; people who came through it stay', async (role) => {
    const scene = await openWorkshop({ rooms: 1 });
    const old = scene.workshop.invites;
    const early = await scene.invite(role, 'Arrivé tôt');

    const rotated = await scene.admin<WorkshopResponse>('POST', '/invites', { role });

    expect(rotated.status).toBe(200);
    const other = role === 'facilitator' ? 'observer' : 'facilitator';
    expect(rotated.body.invites[role]).not.toBe(old[role]);
    expect(rotated.body.invites[other]).toBe(old[other]);
    expectError(await joinWith(scene, { invite: old[role], name: 'En retard' }), 404, 'unknown_code');
    const late = await joinWith(scene, { invite: rotated.body.invites[role], name: 'Avec le nouveau lien' });
    expect(late.body.role).toBe(role);
    expect((await joinWith(scene, { invite: old[other], name: 'Autre lien' })).body.role).toBe(other);
    expect((await session(scene, early.token)).status).toBe(200);
  });

  it('retires the old join code when a new one is drawn; participants already in stay', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const old = scene.workshop.joinCode;
    const lina = await scene.join('Lina');

    const drawn = await scene.admin<{ joinCode: string }>('POST', '/join-code', {});

    expect(drawn.body.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(drawn.body.joinCode).not.toBe(old);
    expectError(await joinWith(scene, { code: old, name: 'Marc' }), 404, 'unknown_code');
    expectError(await request(scene.server.url, `/api/join/${old}`), 404, 'unknown_code');
    expect((await joinWith(scene, { code: drawn.body.joinCode, name: 'Marc' })).body.role).toBe('participant');
    expect((await session(scene, lina.token)).body.joinCode).toBe(drawn.body.joinCode);
  });

  it('renames a person everywhere, and from then on shows their presence under the new name only', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const board = scene.board(scene.breakouts[0]!.id);
    const lina = await scene.join('Lina');
    const marc = await scene.join('Marc');
    const linaBoard = scene.connect(board, lina.token);
    const marcBoard = scene.connect(board, marc.token);
    const follower = scene.connect(scene.docName, marc.token);
    await Promise.all([linaBoard, marcBoard, follower].map((p) => whenSynced(p)));
    const user = { id: lina.participantId, name: 'Lina', color: '#e07a5f' };
    linaBoard.provider.awareness.setLocalStateField('user', user);
    const nameSeenByMarc = () => (marcBoard.provider.awareness.getStates().get(linaBoard.doc.clientID) as { user?: { name: string } } | undefined)?.user?.name;
    await waitFor(() => nameSeenByMarc() === 'Lina', 5000, 'Lina’s presence');
    // Opened before the rename: the server must update what it expects of sockets already open.
    const openedBefore = await openRawClient(scene.server.wsUrl, board, lina.token);

    const renamed = await request<SessionResponse>(scene.server.url, '/api/me', { method: 'PATCH', json: { name: '  Lina   B. ' }, headers: bearer(lina.token) });

    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ participantId: lina.participantId, name: 'Lina B.', role: 'participant' });
    expect((await session(scene, lina.token)).body.name).toBe('Lina B.');
    await waitFor(() => workshopMaps(follower.doc).people.get(lina.participantId)?.name === 'Lina B.', 5000, 'the new name in the workshop document');

    linaBoard.provider.awareness.setLocalStateField('user', { ...user, name: 'Lina B.' });
    await waitFor(() => nameSeenByMarc() === 'Lina B.', 5000, 'the new name in Lina’s presence');
    expect([linaBoard.closeCodes, marcBoard.closeCodes]).toEqual([[], []]);

    // Sockets still saying « Lina » (opened before the rename, or a device that has not heard of
    // it yet) keep their connection, and so their board and its unsent work: they are shown under the new name.
    openedBefore.sendAwareness([{ clientId: 7, clock: 1, state: { user } }]);
    const openedAfter = await openRawClient(scene.server.wsUrl, board, lina.token);
    openedAfter.sendAwareness([{ clientId: 8, clock: 1, state: { user } }]);
    const nameOf = (clientId: number) => (marcBoard.provider.awareness.getStates().get(clientId) as { user?: { name: string } } | undefined)?.user?.name;
    await waitFor(() => nameOf(7) === 'Lina B.' && nameOf(8) === 'Lina B.', 5000, 'the stale presences under the new name');
    expect([openedBefore.socket.readyState, openedAfter.socket.readyState]).toEqual([openedBefore.socket.OPEN, openedAfter.socket.OPEN]);
    expect([...marcBoard.provider.awareness.getStates().keys()].map(nameOf).filter((name) => name === 'Lina')).toEqual([]);
  });

  it('refuses a rename without a name or without a token', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const lina = await scene.join('Lina');
    expectError(await request(scene.server.url, '/api/me', { method: 'PATCH', json: { name: ' \n ' }, headers: bearer(lina.token) }), 400, 'missing_name');
    expectError(await request(scene.server.url, '/api/me', { method: 'PATCH', json: { name: 'Personne' } }), 401, 'unauthorized');
    expect((await session(scene, lina.token)).body.name).toBe('Lina');
  });
});
