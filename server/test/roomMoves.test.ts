import { describe, expect, it } from 'vitest';
import { CLOSE_CODES, readPeople, workshopMaps, type Person, type SessionResponse } from '@essaim/shared';
import { noteIds, sampleNote, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { expectAdmitted, expectRefused, openRawSocket } from './rawSocket.js';
import { bearer, expectError, request } from './request.js';
import { openWorkshop } from './workshopScene.js';

describe('moving and removing participants', () => {
  it('closes the old board with 4410, shows the new room in the workshop document, and lets the token open only the new room', async () => {
    const scene = await openWorkshop({ rooms: 2 });
    const [r1, r2] = scene.breakouts.map((r) => r.id);
    const lina = await scene.join('Lina');
    await scene.join('Marc');
    const sofia = await scene.join('Sofia');
    expect([lina.roomId, sofia.roomId]).toEqual([r1, r1]);
    const linaBoard = scene.connect(scene.board(r1!), lina.token);
    const linaFollows = scene.connect(scene.docName, lina.token);
    const sofiaBoard = scene.connect(scene.board(r1!), sofia.token);
    await Promise.all([linaBoard, linaFollows, sofiaBoard].map((p) => whenSynced(p)));

    const moved = await scene.admin<Person>('PUT', `/participants/${lina.participantId}/room`, { roomId: r2 });

    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ id: lina.participantId, name: 'Lina', role: 'participant', roomId: r2 });
    await waitFor(() => linaBoard.closeCodes.length > 0, 5000, 'Lina’s old board to close');
    expect(linaBoard.closeCodes).toEqual([CLOSE_CODES.RoomChanged]);
    await waitFor(() => workshopMaps(linaFollows.doc).people.get(lina.participantId)?.roomId === r2, 5000, 'the workshop document to show the move');
    // Only Lina left room 1: Sofia, still there, gets what is written after the move.
    const writer = scene.connect(scene.board(r1!), scene.workshop.facilitatorToken);
    await whenSynced(writer);
    writeNote(writer.doc, sampleNote('after-move', scene.workshop.facilitatorId));
    await waitFor(() => noteIds(sofiaBoard.doc).includes('after-move'), 5000, 'Sofia to get the next note');
    expect([sofiaBoard.closeCodes, linaFollows.closeCodes]).toEqual([[], []]);

    await expectAdmitted(openRawSocket(scene.server.wsUrl, scene.board(r2!), lina.token));
    await expectRefused(openRawSocket(scene.server.wsUrl, scene.board(r1!), lina.token), CLOSE_CODES.Forbidden);
    const session = await request<SessionResponse>(scene.server.url, '/api/session', { headers: bearer(lina.token) });
    expect(session.body.roomId).toBe(r2);
  });

  it('closes every socket of a removed participant with 4401 and revokes their token', async () => {
    const scene = await openWorkshop({ rooms: 2 });
    const [r1] = scene.breakouts.map((r) => r.id);
    const lina = await scene.join('Lina');
    const marc = await scene.join('Marc');
    const linaBoard = scene.connect(scene.board(r1!), lina.token);
    const linaFollows = scene.connect(scene.docName, lina.token);
    const marcFollows = scene.connect(scene.docName, marc.token);
    await Promise.all([linaBoard, linaFollows, marcFollows].map((p) => whenSynced(p)));
    expect(readPeople(marcFollows.doc).map((p) => p.name)).toContain('Lina');

    expect((await scene.admin('DELETE', `/participants/${lina.participantId}`)).status).toBe(204);

    await waitFor(() => linaBoard.closeCodes.length > 0 && linaFollows.closeCodes.length > 0, 5000, 'both of Lina’s sockets to close');
    expect([linaBoard.closeCodes, linaFollows.closeCodes]).toEqual([[CLOSE_CODES.Unauthorized], [CLOSE_CODES.Unauthorized]]);
    await waitFor(() => !workshopMaps(marcFollows.doc).people.has(lina.participantId), 5000, 'Lina to leave the workshop document');
    expect(marcFollows.closeCodes).toEqual([]);

    expectError(await request(scene.server.url, '/api/session', { headers: bearer(lina.token) }), 401, 'unauthorized');
    expectError(await request(scene.server.url, '/api/me', { method: 'PATCH', json: { name: 'Lina bis' }, headers: bearer(lina.token) }), 401, 'unauthorized');
    await expectRefused(openRawSocket(scene.server.wsUrl, scene.board(r1!), lina.token), CLOSE_CODES.Unauthorized);
    await expectRefused(openRawSocket(scene.server.wsUrl, scene.docName, lina.token), CLOSE_CODES.Unauthorized);
    // Removing her again finds nobody.
    expectError(await scene.admin('DELETE', `/participants/${lina.participantId}`), 404, 'not_found');
  });
});
