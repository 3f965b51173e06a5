import { describe, expect, it } from 'vitest';
import { readPeople, readRooms, readWorkshopSettings, type SessionResponse, type WorkshopResponse } from '@essaim/shared';
import { noteIds, sampleNote, storedDoc, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { bearer, expectError, request } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

type Call = [method: string, path: string, body?: unknown];

/**
 * A workshop with two breakout rooms (a third one removed), Lina in room 1 with a note on her
 * board, Marc in room 2, an observer, and a second workshop on the same server.
 */
async function openAdminScene() {
  const scene = await openWorkshop({ rooms: 3 });
  const [r1, r2, removed] = scene.breakouts.map((r) => r.id) as [string, string, string];
  const lina = await scene.join('Lina');
  const marc = await scene.join('Marc');
  expect([lina.roomId, marc.roomId]).toEqual([r1, r2]);
  expect((await scene.admin('DELETE', `/rooms/${removed}`)).status).toBe(204);
  const observer = await scene.invite('observer', 'Observatoire');
  const board = scene.connect(scene.board(r1), lina.token);
  await whenSynced(board);
  writeNote(board.doc, sampleNote('n-1', lina.participantId));
  await waitFor(async () => noteIds(await storedDoc(scene.server.storage, scene.board(r1))).includes('n-1'), 5000, 'Lina’s note to be stored');
  const other = await openWorkshop({ rooms: 1, title: 'Autre atelier' }, scene.server);
  return { scene, r1, r2, removed, lina, marc, observer, other };
}

/** Every facilitator endpoint, each with a body that would change something if it were let through. */
function facilitatorCalls(ids: { r1: string; r2: string; lina: string; marc: string }): Call[] {
  return [
    ['GET', ''],
    ['PATCH', '', { title: 'Atelier piraté', plenaryOpen: true, assignment: 'choice' }],
    ['POST', '/rooms', { name: 'Salle pirate' }],
    ['PATCH', `/rooms/${ids.r1}`, { name: 'Renommée' }],
    ['DELETE', `/rooms/${ids.r2}`],
    ['PUT', `/participants/${ids.lina}/room`, { roomId: ids.r2 }],
    ['DELETE', `/participants/${ids.marc}`],
    ['POST', '/join-code', {}],
    ['POST', '/invites', { role: 'facilitator' }],
    ['POST', '/broadcast', { text: 'Message pirate' }],
    ['POST', '/plenary/copy', { roomId: ids.r1 }],
  ];
}

/** What any of those calls would change: settings and secrets, the workshop document, the plenary board, the people's sessions. */
async function everything(scene: WorkshopScene, tokens: string[]) {
  const settings = (await scene.admin<WorkshopResponse>('GET', '')).body;
  const doc = await storedDoc(scene.server.storage, scene.docName);
  const plenary = await storedDoc(scene.server.storage, scene.board(scene.plenary.id));
  const sessions = await Promise.all(tokens.map(async (t) => (await request<SessionResponse>(scene.server.url, '/api/session', { headers: bearer(t) })).body));
  return { settings, rooms: readRooms(doc), people: readPeople(doc), shown: readWorkshopSettings(doc), plenaryNotes: noteIds(plenary), sessions };
}

describe('facilitator endpoints', () => {
  it.each([
    ['a participant’s token', 403, 'forbidden'],
    ['an observer’s token', 403, 'forbidden'],
    ['a facilitator token of another workshop', 403, 'forbidden'],
    ['a co-facilitator token of another workshop', 403, 'forbidden'],
    ['no token', 401, 'unauthorized'],
  ] as const)('refuse %s on every endpoint, and change nothing', async (caller, status, code) => {
    const { scene, r1, r2, lina, marc, observer, other } = await openAdminScene();
    const token = {
      'a participant’s token': lina.token,
      'an observer’s token': observer.token,
      'a facilitator token of another workshop': other.workshop.facilitatorToken,
      'a co-facilitator token of another workshop': (await other.invite('facilitator', 'Co')).token,
      'no token': null,
    }[caller];
    const before = await everything(scene, [lina.token, marc.token]);

    for (const [method, path, body] of facilitatorCalls({ r1, r2, lina: lina.participantId, marc: marc.participantId })) {
      const answer = await scene.admin(method, path, body, token);
      expect({ call: `${method} ${path}`, status: answer.status }).toEqual({ call: `${method} ${path}`, status });
      expectError(answer, status, code);
    }

    expect(await everything(scene, [lina.token, marc.token])).toEqual(before);
  });

  it.each<[string, (ids: { r1: string; plenary: string; lina: string; facilitator: string }) => Call, string]>([
    ['an empty title', () => ['PATCH', '', { title: '  ' }], 'missing_title'],
    ['an unknown assignment mode', () => ['PATCH', '', { assignment: 'random' }], 'invalid_request'],
    ['plenaryOpen that is not a boolean', () => ['PATCH', '', { plenaryOpen: 'yes' }], 'invalid_request'],
    ['a room without a name', () => ['POST', '/rooms', {}], 'invalid_request'],
    ['a blank room name', ({ r1 }) => ['PATCH', `/rooms/${r1}`, { name: ' \n ' }], 'invalid_request'],
    ['removing the plenary', ({ plenary }) => ['DELETE', `/rooms/${plenary}`], 'invalid_request'],
    ['a move without a room', ({ lina }) => ['PUT', `/participants/${lina}/room`, {}], 'invalid_request'],
    ['moving a facilitator', ({ facilitator, r1 }) => ['PUT', `/participants/${facilitator}/room`, { roomId: r1 }], 'invalid_request'],
    ['an invite for the participant role', () => ['POST', '/invites', { role: 'participant' }], 'invalid_request'],
    ['a banner without text', () => ['POST', '/broadcast', {}], 'invalid_request'],
    ['a banner whose text is a number', () => ['POST', '/broadcast', { text: 5 }], 'invalid_request'],
    ['a copy without a room', () => ['POST', '/plenary/copy', {}], 'invalid_request'],
    ['a copy whose noteIds is not a list of ids', ({ r1 }) => ['POST', '/plenary/copy', { roomId: r1, noteIds: 'n-1' }], 'invalid_request'],
    ['a copy of the plenary into itself', ({ plenary }) => ['POST', '/plenary/copy', { roomId: plenary }], 'invalid_request'],
  ])('answer %s with 400 and a readable message, changing nothing', async (_case, call, code) => {
    const { scene, r1, lina, marc } = await openAdminScene();
    const before = await everything(scene, [lina.token, marc.token]);
    const [method, path, body] = call({ r1, plenary: scene.plenary.id, lina: lina.participantId, facilitator: scene.workshop.facilitatorId });

    expectError(await scene.admin(method, path, body), 400, code);

    expect(await everything(scene, [lina.token, marc.token])).toEqual(before);
  });

  it('refuses a whole settings patch when one field is wrong, and a body that is not JSON', async () => {
    const { scene, lina, marc } = await openAdminScene();
    const before = await everything(scene, [lina.token, marc.token]);

    expectError(await scene.admin('PATCH', '', { title: 'Nouveau titre', plenaryOpen: true, assignment: 'random' }), 400, 'invalid_request');
    const notJson = await request(scene.server.url, `/api/workshops/${scene.workshop.workshopId}`, {
      method: 'PATCH',
      rawBody: '{"title": "Nouv',
      headers: { ...bearer(scene.workshop.facilitatorToken), 'content-type': 'application/json' },
    });
    expectError(notJson, 400, 'invalid_request');

    expect(await everything(scene, [lina.token, marc.token])).toEqual(before);
  });

  it.each<[string, (ids: { r1: string; removed: string; lina: string }) => Call]>([
    ['renaming an unknown room', () => ['PATCH', '/rooms/nope', { name: 'Salle' }]],
    ['renaming a removed room', ({ removed }) => ['PATCH', `/rooms/${removed}`, { name: 'Salle' }]],
    ['removing an unknown room', () => ['DELETE', '/rooms/nope']],
    ['removing a removed room', ({ removed }) => ['DELETE', `/rooms/${removed}`]],
    ['moving an unknown participant', ({ r1 }) => ['PUT', '/participants/nope/room', { roomId: r1 }]],
    ['moving a participant to an unknown room', ({ lina }) => ['PUT', `/participants/${lina}/room`, { roomId: 'nope' }]],
    ['moving a participant to a removed room', ({ lina, removed }) => ['PUT', `/participants/${lina}/room`, { roomId: removed }]],
    ['removing an unknown participant', () => ['DELETE', '/participants/nope']],
    ['copying an unknown room', () => ['POST', '/plenary/copy', { roomId: 'nope' }]],
    ['copying a removed room', ({ removed }) => ['POST', '/plenary/copy', { roomId: removed }]],
  ])('answer %s with 404 not_found, changing nothing', async (_case, call) => {
    const { scene, r1, removed, lina, marc } = await openAdminScene();
    const before = await everything(scene, [lina.token, marc.token]);
    const [method, path, body] = call({ r1, removed, lina: lina.participantId });

    expectError(await scene.admin(method, path, body), 404, 'not_found');

    expect(await everything(scene, [lina.token, marc.token])).toEqual(before);
  });
});
