import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  BOARD_ENTRY_TYPES,
  BOARD_TEMPLATES,
  boardMaps,
  CATEGORIES_KEY,
  metaEntry,
  roomDocName,
  SAVED_TEMPLATES_MAX,
  TEMPLATE_KEY,
  TEMPLATE_LIMITS,
  type CreateWorkshopResponse,
  type EntryMapName,
  type Link,
  type Note,
  type TemplateInfo,
} from '@essaim/shared';
import { sampleNote, storedDoc, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { bearer, expectError, request } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

/** Entries of a board that are not exactly in their type's shape, by map and key. */
function invalidEntries(doc: Y.Doc): string[] {
  const maps = boardMaps(doc);
  const bad: string[] = [];
  for (const name of Object.keys(BOARD_ENTRY_TYPES) as EntryMapName[]) {
    for (const [key, value] of (maps[name] as Y.Map<unknown>).entries()) if (!BOARD_ENTRY_TYPES[name].validate(key, value)) bad.push(`${name}/${key}`);
  }
  for (const [key, value] of maps.meta.entries()) if (metaEntry(key)?.validate(value) == null) bad.push(`meta/${key}`);
  return bad;
}

/** What a person sees of a board: zone titles, headings and note texts, sorted, and the template it came from. */
function shapeOf(doc: Y.Doc) {
  const maps = boardMaps(doc);
  return {
    frames: [...maps.frames.values()].map((f) => `${f.title} @${f.x},${f.y} ${f.width}×${f.height}`).sort(),
    labels: [...maps.labels.values()].map((l) => l.text).sort(),
    notes: [...maps.notes.values()].map((n) => n.text).sort(),
    links: maps.links.size,
    template: maps.meta.get(TEMPLATE_KEY),
  };
}

/** Opens a board with the standard y-websocket client (the creator's token unless told) and returns its synced document. */
async function readRoom(scene: WorkshopScene, roomId: string, token = scene.workshop.facilitatorToken): Promise<Y.Doc> {
  const p = scene.connect(scene.board(roomId), token);
  await whenSynced(p);
  return p.doc;
}

const createWith = (scene: WorkshopScene, json: unknown) => request<CreateWorkshopResponse>(scene.server.url, '/api/workshops', { json });

describe('workshop templates', () => {
  it('lists the built-in templates with names in the user’s language, French by default', async () => {
    const server = await useServer();
    const list = (headers: Record<string, string>) => request<TemplateInfo[]>(server.url, '/api/templates', { headers });
    const fr = await list({});
    expect(fr.status).toBe(200);
    expect(fr.body.map((t) => t.id)).toEqual(['carte-des-besoins', 'arbre-a-problemes', 'solutions-par-besoin', 'brainstorm-3-12-3', 'facteurs-cles-de-succes', 'vierge']);
    expect(fr.body[0]).toEqual({ id: 'carte-des-besoins', name: 'Carte des besoins', description: expect.stringMatching(/^Une zone par thème/), saved: false });
    expect((await list({ 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' })).body).toEqual(fr.body);
    const en = await list({ 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.body.map((t) => t.name)).toEqual(['Needs map', 'Problem tree', 'Solutions per need', '3-12-3 brainstorm', 'Key success factors', 'Blank board']);
    expect(en.body[1]!.description).toMatch(/^The central problem/);
    expect(en.contentType).toMatch(/^application\/json/);
  });

  it.each(BOARD_TEMPLATES.map((t) => [t.id, t] as const))('%s: every board of a new workshop, the plenary included, starts with it', async (id, template) => {
    const scene = await openWorkshop({ rooms: 2, template: id });
    for (const room of scene.workshop.rooms) {
      const doc = await readRoom(scene, room.id);
      const maps = boardMaps(doc);
      expect(invalidEntries(doc), room.name).toEqual([]);
      expect(maps.frames.size).toBe(template.content.frames.length);
      expect(maps.labels.size).toBe(template.content.labels.length);
      expect(maps.notes.size).toBe(template.content.notes.length);
      expect(shapeOf(doc).frames).toEqual(template.content.frames.map((f) => `${f.title} @${f.x},${f.y} ${f.width}×${f.height}`).sort());
      expect(shapeOf(doc).labels).toEqual(template.content.labels.map((l) => l.text).sort());
      expect(maps.meta.get(TEMPLATE_KEY)).toBe(id);
      // the facilitator's, so a participant may move them but not rewrite them unless the rules say so
      for (const note of maps.notes.values()) expect(note.authorId).toBe(scene.workshop.facilitatorId);
    }
    // a participant sees the same board in their room
    const lina = await scene.join('Lina');
    expect(shapeOf(await readRoom(scene, lina.roomId, lina.token))).toEqual(shapeOf(await readRoom(scene, scene.plenary.id)));
  });

  it('starts all 25 boards of the largest workshop from the template', async () => {
    const server = await useServer();
    const created = await request<CreateWorkshopResponse>(server.url, '/api/workshops', { json: { title: 'Grand atelier', rooms: 24, template: 'carte-des-besoins' } });
    expect(created.status).toBe(201);
    expect(created.body.rooms).toHaveLength(25);
    for (const room of created.body.rooms) {
      const doc = await storedDoc(server.storage, roomDocName(created.body.workshopId, room.id));
      expect([boardMaps(doc).frames.size, boardMaps(doc).meta.get(TEMPLATE_KEY)]).toEqual([13, 'carte-des-besoins']);
    }
  });

  it('writes nothing without a template, as before, and refuses an unknown one with a readable 400', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    expect(shapeOf(await storedDoc(scene.server.storage, scene.board(scene.breakouts[0]!.id)))).toMatchObject({ frames: [], labels: [], notes: [], template: undefined });
    expectError(await createWith(scene, { title: 'Atelier', template: 'carte-des-envies' }), 400, 'unknown_template');
    expectError(await createWith(scene, { title: 'Atelier', template: '__proto__' }), 400, 'unknown_template');
    expectError(await createWith(scene, { title: 'Atelier', template: 42 }), 400, 'invalid_request');
    // the title is checked first, as before
    expectError(await createWith(scene, { template: 'vierge' }), 400, 'missing_title');
  });

  it('applies a template to one empty room, live for whoever is on it, and refuses a board that holds anything (409, nothing changed)', async () => {
    const scene = await openWorkshop({ rooms: 2 });
    const [r1, r2] = scene.breakouts.map((r) => r.id) as [string, string];
    const lina = await scene.join('Lina');
    const marc = await scene.join('Marc');
    expect([lina.roomId, marc.roomId]).toEqual([r1, r2]);
    const linaBoard = await readRoom(scene, r1, lina.token);

    const applied = await scene.admin('POST', `/rooms/${r1}/template`, { template: 'carte-des-besoins' });
    expect(applied.status).toBe(200);
    expect(applied.body).toEqual({ template: 'carte-des-besoins', frames: 13, labels: 3, notes: 0, links: 0 });
    await waitFor(() => boardMaps(linaBoard).frames.size === 13, 5000, 'the zones to reach Lina');
    expect(shapeOf(linaBoard).frames.some((f) => f.startsWith('Mobilité durable'))).toBe(true);

    // applied twice: the second time the board is no longer empty
    const before = shapeOf(linaBoard);
    expectError(await scene.admin('POST', `/rooms/${r1}/template`, { template: 'arbre-a-problemes' }), 409, 'board_not_empty');
    // a participant's note is work: never covered
    const marcBoard = await readRoom(scene, r2, marc.token);
    writeNote(marcBoard, sampleNote('idee', marc.participantId, { text: 'Navette solidaire' }));
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.board(r2))).notes.size === 1, 5000, 'Marc’s note to be stored');
    const refused = await scene.admin('POST', `/rooms/${r2}/template`, { template: 'brainstorm-3-12-3' });
    expectError(refused, 409, 'board_not_empty');
    expect((refused.body as { error: { message: string } }).error.message).toContain('Salle 2');
    expect(shapeOf(await storedDoc(scene.server.storage, scene.board(r2)))).toEqual({ frames: [], labels: [], notes: ['Navette solidaire'], links: 0, template: undefined });
    expect(shapeOf(await storedDoc(scene.server.storage, scene.board(r1)))).toEqual(before);

    // the plenary may start from a template too; unknown rooms and templates are named
    expect((await scene.admin('POST', `/rooms/${scene.plenary.id}/template`, { template: 'facteurs-cles-de-succes' })).status).toBe(200);
    expectError(await scene.admin('POST', '/rooms/nope/template', { template: 'vierge' }), 404, 'not_found');
    expectError(await scene.admin('POST', `/rooms/${r2}/template`, { template: 'inconnu' }), 400, 'unknown_template');
    expectError(await scene.admin('POST', `/rooms/${r2}/template`, {}), 400, 'invalid_request');
  });

  it('saves a board as a template of this installation, lists it, and starts new workshops and rooms from it', async () => {
    const scene = await openWorkshop({ rooms: 1, template: 'arbre-a-problemes' });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina');
    const board = await readRoom(scene, room, lina.token);
    const maps = boardMaps(board);
    const problem = [...maps.notes.values()][0]!;
    const cause: Note = sampleNote('cause', lina.participantId, { text: 'Pas de bus le soir', x: 700, y: 1100, color: 'blue' });
    writeNote(board, cause);
    const link: Link = { id: 'l1', from: 'cause', to: problem.id, kind: 'cause' };
    maps.links.set(link.id, link);
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.board(room))).links.size === 1, 5000, 'the link to be stored');
    const categories = [{ id: 'aude', name: 'Aude', color: 'green' }];
    const facilitatorBoard = await readRoom(scene, room);
    boardMaps(facilitatorBoard).meta.set(CATEGORIES_KEY, categories);
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.board(room))).meta.has(CATEGORIES_KEY), 5000, 'the categories');

    const saved = await scene.admin<TemplateInfo>('POST', `/rooms/${room}/save-template`, { name: '  Arbre   de l’Aude ', description: 'Avec ses causes' });
    expect(saved.status).toBe(201);
    expect(saved.body).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]+$/), name: 'Arbre de l’Aude', description: 'Avec ses causes', saved: true });
    for (const lang of ['fr', 'en']) {
      const list = await request<TemplateInfo[]>(scene.server.url, '/api/templates', { headers: { 'accept-language': lang } });
      expect(list.body.at(-1)).toEqual(saved.body);
    }

    const again = await createWith(scene, { title: 'Atelier suivant', template: saved.body.id, rooms: 1 });
    expect(again.status).toBe(201);
    const next = again.body;
    const nextScene: WorkshopScene = { ...scene, workshop: next, board: (id) => roomDocName(next.workshopId, id) };
    const copy = await readRoom(nextScene, next.rooms[1]!.id, next.facilitatorToken);
    expect(invalidEntries(copy)).toEqual([]);
    const original = shapeOf(await storedDoc(scene.server.storage, scene.board(room)));
    expect(shapeOf(copy)).toEqual({ ...original, template: saved.body.id });
    const copied = boardMaps(copy);
    const copiedCause = [...copied.notes.values()].find((n) => n.text === 'Pas de bus le soir')!;
    expect(copiedCause).toMatchObject({ x: 700, y: 1100, color: 'blue', authorId: next.facilitatorId });
    expect([...copied.links.values()]).toEqual([{ id: expect.any(String), from: copiedCause.id, to: expect.any(String), kind: 'cause' }]);
    expect(copied.meta.get(CATEGORIES_KEY)).toEqual([{ id: expect.any(String), name: 'Aude', color: 'green' }]);
    // and on an empty room of a running workshop (added blank: it would start with the workshop's problem tree)
    const added = await scene.admin<{ id: string }>('POST', '/rooms', { name: 'Salle 2', template: null });
    expect((await scene.admin('POST', `/rooms/${added.body.id}/template`, { template: saved.body.id })).body).toMatchObject({ notes: 2, links: 1 });
  });

  it('refuses bad names, empty boards, boards over the limits, and a full installation, each with a readable error', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const save = (json: unknown, roomId = room) => scene.admin('POST', `/rooms/${roomId}/save-template`, json);
    expectError(await save({ name: 'Vide' }), 400, 'invalid_request');
    expect((await scene.admin('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' })).status).toBe(200);
    expectError(await save({}), 400, 'invalid_request');
    expectError(await save({ name: '   ' }), 400, 'invalid_request');
    expectError(await save({ name: 42 }), 400, 'invalid_request');
    expectError(await save({ name: 'Solutions', description: ['x'] }), 400, 'invalid_request');
    expectError(await save({ name: 'Solutions' }, 'nope'), 404, 'not_found');
    const long = await scene.admin<TemplateInfo>('POST', `/rooms/${room}/save-template`, { name: 'N'.repeat(200), description: 'D'.repeat(500) });
    expect([long.body.name.length, long.body.description.length]).toEqual([60, 200]);

    // a board over the notes limit
    const plenary = await readRoom(scene, scene.plenary.id);
    // in batches, as a person would add them
    for (let batch = 0; batch * 50 <= TEMPLATE_LIMITS.notes; batch++) {
      plenary.transact(() => {
        for (let i = batch * 50; i < Math.min((batch + 1) * 50, TEMPLATE_LIMITS.notes + 1); i++) {
          writeNote(plenary, sampleNote(`n${i}`, scene.workshop.facilitatorId, { x: (i % 40) * 170, y: Math.floor(i / 40) * 170 }));
        }
      });
    }
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.board(scene.plenary.id))).notes.size > TEMPLATE_LIMITS.notes, 10_000, 'the notes');
    expectError(await save({ name: 'Trop grand' }, scene.plenary.id), 413, 'template_too_large');

    // the installation's last free place, then none
    const stored = (await request<TemplateInfo[]>(scene.server.url, '/api/templates')).body.filter((t) => t.saved).length;
    for (let i = stored; i < SAVED_TEMPLATES_MAX - 1; i++) {
      await scene.server.storage.saveTemplate({ id: `t${i}`, name: `Modèle ${i}`, description: '', content: '{}', createdAt: i, workshopId: 'w', createdBy: 'p' }, SAVED_TEMPLATES_MAX);
    }
    expect((await save({ name: 'Le dernier' })).status).toBe(201);
    expectError(await save({ name: 'Un de trop' }), 409, 'too_many_templates');
    expect((await request<TemplateInfo[]>(scene.server.url, '/api/templates')).body.filter((t) => t.saved)).toHaveLength(SAVED_TEMPLATES_MAX);
  });

  it.each([
    ['a participant’s token', 403, 'forbidden'],
    ['an observer’s token', 403, 'forbidden'],
    ['a facilitator token of another workshop', 403, 'forbidden'],
    ['no token', 401, 'unauthorized'],
  ])('refuses applying and saving templates with %s, changing nothing', async (who, status, code) => {
    const scene = await openWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina');
    const tokens: Record<string, string | null> = {
      'a participant’s token': lina.token,
      'an observer’s token': (await scene.invite('observer', 'Observatoire')).token,
      'a facilitator token of another workshop': (await openWorkshop({}, scene.server)).workshop.facilitatorToken,
      'no token': null,
    };
    const token = tokens[who]!;
    expectError(await scene.admin('POST', `/rooms/${room}/template`, { template: 'carte-des-besoins' }, token), status, code);
    expect((await scene.admin('POST', `/rooms/${room}/template`, { template: 'vierge' })).status).toBe(200);
    expectError(await scene.admin('POST', `/rooms/${room}/save-template`, { name: 'Piraté' }, token), status, code);
    expect(shapeOf(await storedDoc(scene.server.storage, scene.board(room)))).toMatchObject({ frames: [], template: 'vierge' });
    expect((await request<TemplateInfo[]>(scene.server.url, '/api/templates', { headers: bearer(undefined) })).body.some((t) => t.saved)).toBe(false);
  });
});
