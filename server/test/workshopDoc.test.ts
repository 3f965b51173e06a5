import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CLOSE_CODES,
  readPeople,
  readRooms,
  readWorkshopSettings,
  workshopMaps,
  type Broadcast,
  type RoomInfo,
  type WorkshopResponse,
} from '@essaim/shared';
import { refusedChanges, useLoggedServer } from './logCapture.js';
import { storedDoc, useServer } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { openRawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';
import { openWorkshop } from './workshopScene.js';

/** Everything the workshop document shows but the banner (the server's own write after each attack), plus a foreign root. */
function contentOf(doc: Y.Doc): Record<string, unknown> {
  const { rooms, people, settings } = workshopMaps(doc);
  const { broadcast: _banner, ...rest } = settings.toJSON();
  return { rooms: rooms.toJSON(), people: people.toJSON(), settings: rest, evil: doc.getMap('evil').toJSON() };
}

type Attack = (doc: Y.Doc, ids: { lina: string; otherRoom: string }) => void;

const ATTACKS: [string, Attack, RegExp][] = [
  ['rename the workshop', (doc) => workshopMaps(doc).settings.set('title', 'Atelier piraté'), /written by the server only/],
  ['open the plenary', (doc) => workshopMaps(doc).settings.set('plenaryOpen', true), /written by the server only/],
  [
    'move Lina to another room',
    (doc, { lina, otherRoom }) => workshopMaps(doc).people.set(lina, { ...workshopMaps(doc).people.get(lina)!, roomId: otherRoom }),
    /written by the server only/,
  ],
  ['add a room', (doc) => workshopMaps(doc).rooms.set('evil', { id: 'evil', name: 'Salle pirate', plenary: false, color: '#000000', position: 9 }), /written by the server only/],
  ['write an unknown root map', (doc) => doc.getMap('evil').set('k', 'v'), /unknown root type evil/],
];
const ROLES = ['participant', 'observer', 'facilitator'] as const;

describe('the workshop document', () => {
  it.each(ROLES.flatMap((role) => ATTACKS.map(([what, attack, reason]) => [role, what, attack, reason] as const)))(
    'is read-only for a %s: a raw update to %s closes with 4409 and is neither relayed nor stored',
    async (role, _what, attack, reason) => {
      const { server, logs } = await useLoggedServer();
      const scene = await openWorkshop({ rooms: 2 }, server);
      const lina = await scene.join('Lina');
      const marc = await scene.join('Marc');
      const observer = await scene.invite('observer', 'Observatoire');
      const actor = {
        participant: lina,
        observer,
        facilitator: { participantId: scene.workshop.facilitatorId, token: scene.workshop.facilitatorToken },
      }[role];
      const follower = scene.connect(scene.docName, marc.token);
      await whenSynced(follower);
      const raw = await openRawClient(server.wsUrl, scene.docName, actor.token);
      const before = contentOf(raw.doc);
      expect(contentOf(follower.doc)).toEqual(before);

      raw.send((doc) => attack(doc, { lina: lina.participantId, otherRoom: marc.roomId }));
      expect(contentOf(raw.doc)).not.toEqual(before);

      expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
      // The server's own write after the refusal: once Marc has it, he would have the refused change too.
      await scene.admin('POST', '/broadcast', { text: 'Retour en plénière dans 5 minutes' });
      await waitFor(() => readWorkshopSettings(follower.doc).broadcast !== null, 5000, 'the banner to reach Marc');
      expect(contentOf(follower.doc)).toEqual(before);
      expect(follower.closeCodes).toEqual([]);
      expect(contentOf(await storedDoc(server.storage, scene.docName))).toEqual(before);
      expect(refusedChanges(logs)).toEqual([expect.objectContaining({ participantId: actor.participantId, doc: scene.docName, reason: expect.stringMatching(reason) })]);

      await server.stop();
      const restarted = await useServer({}, server.dataDir);
      const reloaded = await storedDoc(restarted.storage, scene.docName);
      expect(readWorkshopSettings(reloaded).broadcast?.text).toBe('Retour en plénière dans 5 minutes');
      expect(contentOf(reloaded)).toEqual(before);
    },
  );

  it('follows every facilitator endpoint: room renamed, added, removed (its people spread), banner, assignment, title', async () => {
    const scene = await openWorkshop({ rooms: 3, roomNames: ['Mobilité', 'Logement'] });
    const [r1, r2, r3] = scene.breakouts.map((r) => r.id);
    const people = [];
    for (const name of ['Lina', 'Marc', 'Sofia', 'Yanis']) people.push(await scene.join(name));
    const [lina, marc, sofia, yanis] = people;
    expect(people.map((p) => p.roomId)).toEqual([r1, r2, r3, r1]);
    const follower = scene.connect(scene.docName, marc!.token);
    await whenSynced(follower);
    const doc = follower.doc;
    const names = () => readRooms(doc).map((r) => r.name);
    expect(names()).toEqual(['Plénière', 'Mobilité', 'Logement', 'Salle 3']);
    expect(readWorkshopSettings(doc)).toEqual({ title: 'Atelier mobilité — Aude', assignment: 'balanced', plenaryOpen: false, broadcast: null, anonymous: false, observersExport: false });

    const renamed = await scene.admin<RoomInfo>('PATCH', `/rooms/${r3}`, { name: '  Alimentation  ' });
    expect(renamed.body).toMatchObject({ id: r3, name: 'Alimentation', plenary: false });
    await waitFor(() => names()[3] === 'Alimentation', 5000, 'the rename');

    const added = await scene.admin<RoomInfo>('POST', '/rooms', { name: 'Énergie' });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ id: expect.any(String), name: 'Énergie', plenary: false, color: expect.stringMatching(/^#[0-9a-f]{6}$/i) });
    await waitFor(() => names().length === 5, 5000, 'the new room');
    expect(readRooms(doc)[4]).toEqual({ ...added.body, position: 4 });

    expect((await scene.admin('DELETE', `/rooms/${r1}`)).status).toBe(204);
    await waitFor(() => !names().includes('Mobilité'), 5000, 'the removal');
    expect(names()).toEqual(['Plénière', 'Logement', 'Alimentation', 'Énergie']);
    // Lina and Yanis were in Mobilité: each goes to the emptiest remaining room (Énergie, then Logement, Alimentation being on par).
    const roomOf = () => new Map(readPeople(doc).map((p) => [p.id, p.roomId]));
    await waitFor(() => roomOf().get(lina!.participantId) !== r1 && roomOf().get(yanis!.participantId) !== r1, 5000, 'the people to move');
    expect([lina, marc, sofia, yanis].map((p) => roomOf().get(p!.participantId))).toEqual([added.body.id, r2, r3, r2]);

    const sent = await scene.admin<{ broadcast: Broadcast }>('POST', '/broadcast', { text: 'Pause de dix minutes' });
    expect(sent.body.broadcast).toEqual({ id: expect.any(String), text: 'Pause de dix minutes', sentAt: expect.any(Number) });
    await waitFor(() => readWorkshopSettings(doc).broadcast !== null, 5000, 'the banner');
    expect(readWorkshopSettings(doc).broadcast).toEqual(sent.body.broadcast);
    expect((await scene.admin('POST', '/broadcast', { text: '' })).body).toEqual({ broadcast: null });
    await waitFor(() => readWorkshopSettings(doc).broadcast === null, 5000, 'the banner to go');

    await scene.admin('PATCH', '', { assignment: 'choice' });
    await waitFor(() => readWorkshopSettings(doc).assignment === 'choice', 5000, 'the assignment mode');
    const retitled = await scene.admin<WorkshopResponse>('PATCH', '', { title: 'Atelier mobilité — Narbonne' });
    expect(retitled.body).toMatchObject({ title: 'Atelier mobilité — Narbonne', assignment: 'choice', plenaryOpen: false });
    await waitFor(() => readWorkshopSettings(doc).title === 'Atelier mobilité — Narbonne', 5000, 'the title');
    const anonymous = await scene.admin<WorkshopResponse>('PATCH', '', { anonymous: true });
    expect(anonymous.body).toMatchObject({ title: 'Atelier mobilité — Narbonne', anonymous: true });
    await waitFor(() => readWorkshopSettings(doc).anonymous, 5000, 'anonymity');

    expect(follower.closeCodes).toEqual([]);
    // The HTTP view and the stored document agree with what the screen shows.
    expect(retitled.body.rooms.map((r) => r.name)).toEqual(names());
    const stored = await storedDoc(scene.server.storage, scene.docName);
    expect([readRooms(stored), readPeople(stored), readWorkshopSettings(stored)]).toEqual([readRooms(doc), readPeople(doc), readWorkshopSettings(doc)]);
  });
});
