import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  boardMaps,
  builtInTemplate,
  roomDocName,
  TEMPLATE_KEY,
  type CreateWorkshopResponse,
  type JoinResponse,
  type RoomInfo,
  type TemplateInfo,
  type WorkshopResponse,
} from '@essaim/shared';
import { MIGRATIONS } from '../src/storage/sqliteSchema.js';
import { storedDoc, useServer } from './openBoard.js';
import { bearer, expectError, request } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

/** What a room's board holds, as stored: its zone titles and the template it was made from. */
async function boardOf(scene: WorkshopScene, workshopId: string, roomId: string) {
  const maps = boardMaps(await storedDoc(scene.server.storage, roomDocName(workshopId, roomId)));
  return { frames: [...maps.frames.values()].map((f) => f.title).sort(), template: maps.meta.get(TEMPLATE_KEY) };
}

const framesOf = (id: string) => builtInTemplate(id)!.content.frames.map((f) => f.title).sort();

/** A workshop started from the problem tree, and a template saved from its breakout room's board. */
async function workshopWithSavedTemplate(name = 'Arbre de l’Aude'): Promise<{ scene: WorkshopScene; saved: TemplateInfo }> {
  const scene = await openWorkshop({ rooms: 1, template: 'arbre-a-problemes' });
  const saved = await scene.admin<TemplateInfo>('POST', `/rooms/${scene.breakouts[0]!.id}/save-template`, { name });
  expect(saved.status).toBe(201);
  return { scene, saved: saved.body };
}

const listed = async (scene: WorkshopScene) => (await request<TemplateInfo[]>(scene.server.url, '/api/templates')).body.filter((t) => t.saved);

describe('deleting a saved template', () => {
  it('lets the workshop that saved it delete it: gone from every list, while boards started from it keep their content', async () => {
    const { scene, saved } = await workshopWithSavedTemplate();
    const other = await request<CreateWorkshopResponse>(scene.server.url, '/api/workshops', { json: { title: 'Atelier suivant', rooms: 1, template: saved.id } });
    expect(other.status).toBe(201);
    const otherRoom = other.body.rooms[1]!.id;
    expect(await boardOf(scene, other.body.workshopId, otherRoom)).toEqual({ frames: framesOf('arbre-a-problemes'), template: saved.id });
    expect((await scene.admin<TemplateInfo[]>('GET', '/templates')).body).toEqual([saved]);

    const deleted = await scene.admin('DELETE', `/templates/${saved.id}`);
    expect(deleted.status).toBe(204);
    expect(await listed(scene)).toEqual([]);
    expect((await scene.admin<TemplateInfo[]>('GET', '/templates')).body).toEqual([]);
    // the board made from it is untouched; its workshop no longer names it
    expect(await boardOf(scene, other.body.workshopId, otherRoom)).toEqual({ frames: framesOf('arbre-a-problemes'), template: saved.id });
    const otherAdmin = await request<WorkshopResponse>(scene.server.url, `/api/workshops/${other.body.workshopId}`, { headers: bearer(other.body.facilitatorToken) });
    expect(otherAdmin.body.template).toBeNull();
    // nothing can start from it any more, and it cannot be deleted twice
    expectError(await request(scene.server.url, '/api/workshops', { json: { title: 'Encore', template: saved.id } }), 400, 'unknown_template');
    expectError(await scene.admin('DELETE', `/templates/${saved.id}`), 404, 'not_found');
  });

  it('lets any facilitator of that workshop delete it, a co-facilitator too', async () => {
    const { scene, saved } = await workshopWithSavedTemplate();
    const co = await scene.invite('facilitator', 'Zoé');
    expect((await scene.admin('DELETE', `/templates/${saved.id}`, undefined, co.token)).status).toBe(204);
    expect(await listed(scene)).toEqual([]);
  });

  it.each([
    ['a participant’s token', 403, 'forbidden'],
    ['an observer’s token', 403, 'forbidden'],
    ['a facilitator token of another workshop', 403, 'forbidden'],
    ['no token', 401, 'unauthorized'],
  ])('refuses %s, and the template stays', async (who, status, code) => {
    const { scene, saved } = await workshopWithSavedTemplate();
    const tokens: Record<string, () => Promise<string | null>> = {
      'a participant’s token': async () => (await scene.join('Lina')).token,
      'an observer’s token': async () => (await scene.invite('observer', 'Observatoire')).token,
      'a facilitator token of another workshop': async () => (await openWorkshop({}, scene.server)).workshop.facilitatorToken,
      'no token': async () => null,
    };
    const token = await tokens[who]!();
    expectError(await scene.admin('DELETE', `/templates/${saved.id}`, undefined, token), status, code);
    expectError(await scene.admin('GET', '/templates', undefined, token), status, code);
    expect(await listed(scene)).toEqual([saved]);
  });

  it('answers another workshop’s facilitator, on their own workshop, as if the template did not exist', async () => {
    const { scene, saved } = await workshopWithSavedTemplate();
    const other = await openWorkshop({}, scene.server);
    const refused = await other.admin('DELETE', `/templates/${saved.id}`);
    expectError(refused, 404, 'not_found');
    expect(refused.body).toEqual((await other.admin('DELETE', '/templates/nexistepas')).body);
    expect((await other.admin<TemplateInfo[]>('GET', '/templates')).body).toEqual([]);
    expect(await listed(scene)).toEqual([saved]);
  });

  it('refuses to delete a built-in template, with a readable 400', async () => {
    const scene = await openWorkshop({});
    const refused = await scene.admin<{ error: { message: string } }>('DELETE', '/templates/carte-des-besoins');
    expectError(refused, 400, 'invalid_request');
    expect(refused.body.error.message).toMatch(/built.in templates cannot be deleted/);
    expect((await request<TemplateInfo[]>(scene.server.url, '/api/templates')).body.map((t) => t.id)).toContain('carte-des-besoins');
  });
});

describe('rooms added to a running workshop', () => {
  it('start with the template the workshop was created with, unless the request names another or none', async () => {
    const scene = await openWorkshop({ rooms: 1, template: 'carte-des-besoins' });
    expect((await scene.admin<WorkshopResponse>('GET', '')).body.template).toBe('carte-des-besoins');
    const add = (json: unknown) => scene.admin<RoomInfo>('POST', '/rooms', json);

    const later = await add({ name: 'Salle 2' });
    expect(later.status).toBe(201);
    expect(await boardOf(scene, scene.workshop.workshopId, later.body.id)).toEqual(await boardOf(scene, scene.workshop.workshopId, scene.breakouts[0]!.id));
    expect((await boardOf(scene, scene.workshop.workshopId, later.body.id)).frames).toEqual(framesOf('carte-des-besoins'));

    const blank = await add({ name: 'Salle 3', template: null });
    expect(await boardOf(scene, scene.workshop.workshopId, blank.body.id)).toEqual({ frames: [], template: undefined });
    const tree = await add({ name: 'Salle 4', template: 'arbre-a-problemes' });
    expect(await boardOf(scene, scene.workshop.workshopId, tree.body.id)).toEqual({ frames: framesOf('arbre-a-problemes'), template: 'arbre-a-problemes' });

    // a wrong template adds no room
    expectError(await add({ name: 'Salle 5', template: 'carte-des-envies' }), 400, 'unknown_template');
    expectError(await add({ name: 'Salle 5', template: 42 }), 400, 'invalid_request');
    expect((await scene.admin<WorkshopResponse>('GET', '')).body.rooms.map((r) => r.name)).toEqual(['Plénière', 'Salle 1', 'Salle 2', 'Salle 3', 'Salle 4']);
  });

  it('start blank in a workshop created without a template', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    expect((await scene.admin<WorkshopResponse>('GET', '')).body.template).toBeNull();
    const later = await scene.admin<RoomInfo>('POST', '/rooms', { name: 'Salle 2' });
    expect(await boardOf(scene, scene.workshop.workshopId, later.body.id)).toEqual({ frames: [], template: undefined });
  });

  it('start with a saved template, or blank once it has been deleted, with no error', async () => {
    const { scene, saved } = await workshopWithSavedTemplate();
    const created = await request<CreateWorkshopResponse>(scene.server.url, '/api/workshops', { json: { title: 'Atelier suivant', template: saved.id } });
    const addRoom = (name: string) =>
      request<RoomInfo>(scene.server.url, `/api/workshops/${created.body.workshopId}/rooms`, { json: { name }, headers: bearer(created.body.facilitatorToken) });
    const first = await addRoom('Salle 1');
    expect(await boardOf(scene, created.body.workshopId, first.body.id)).toEqual({ frames: framesOf('arbre-a-problemes'), template: saved.id });

    expect((await scene.admin('DELETE', `/templates/${saved.id}`)).status).toBe(204);
    const second = await addRoom('Salle 2');
    expect(second.status).toBe(201);
    expect(await boardOf(scene, created.body.workshopId, second.body.id)).toEqual({ frames: [], template: undefined });
    // the room made before keeps what it started with
    expect(await boardOf(scene, created.body.workshopId, first.body.id)).toEqual({ frames: framesOf('arbre-a-problemes'), template: saved.id });
  });
});

describe('names cleaned of invisible characters', () => {
  it('stores template names and descriptions without zero-width or bidirectional controls', async () => {
    const { scene, saved } = await workshopWithSavedTemplate('Arbre\u200B de l’\u202EAude\u202C');
    expect(saved.name).toBe('Arbre de l’Aude');
    const described = await scene.admin<TemplateInfo>('POST', `/rooms/${scene.breakouts[0]!.id}/save-template`, {
      name: 'Causes\uFEFF',
      description: 'Avec\u2066 ses\u2069 causes\u200F',
    });
    expect(described.body).toMatchObject({ name: 'Causes', description: 'Avec ses causes' });
    expect(await scene.server.storage.getTemplate(saved.id)).toMatchObject({ name: 'Arbre de l’Aude' });
    expect(await scene.server.storage.getTemplate(described.body.id)).toMatchObject({ name: 'Causes', description: 'Avec ses causes' });
    expect((await listed(scene)).map((t) => t.name)).toEqual(['Arbre de l’Aude', 'Causes']);
    // a name of nothing but invisible characters is no name
    expectError(await scene.admin('POST', `/rooms/${scene.breakouts[0]!.id}/save-template`, { name: '\u200B\u202E' }), 400, 'invalid_request');
  });

  it('stores people’s and rooms’ names the same way', async () => {
    const scene = await openWorkshop({ rooms: 1, roomNames: ['Mobi\u200Blité'] });
    expect(scene.breakouts[0]!.name).toBe('Mobilité');
    const lina: JoinResponse = await scene.join('Li\u200Bna\u202E');
    expect(lina.name).toBe('Lina');
    const room = await scene.admin<RoomInfo>('POST', '/rooms', { name: '\u2067Énergie\u2069' });
    expect(room.body.name).toBe('Énergie');
  });
});

describe('a database from before rooms added later had a template', () => {
  it('keeps its saved templates, which the workshop that saved them may use and delete, and adds blank rooms to its workshops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'essaim-templates-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const old = new Database(join(dir, 'essaim.sqlite'));
    // the schema as it was: the templates table, and workshops without a template
    for (const migration of MIGRATIONS.slice(0, 4)) old.exec(migration);
    old.pragma('user_version = 4');
    old
      .prepare(
        `INSERT INTO workshops (id, title, join_code, created_at, assignment, plenary_open, facilitator_invite, observer_invite, creator_id)
         VALUES ('w1', 'Atelier', 'K7M2QX', 1, 'balanced', 0, 'inviteAnim', 'inviteObs', 'zoe')`,
      )
      .run();
    old.prepare("INSERT INTO rooms (workshop_id, id, name, plenary, position) VALUES ('w1', 'pleniere', 'Plénière', 1, 0)").run();
    old.prepare("INSERT INTO participants (workshop_id, id, name, role, room_id, created_at) VALUES ('w1', 'zoe', 'Zoé', 'facilitator', 'pleniere', 1)").run();
    old
      .prepare('INSERT INTO templates (id, name, description, content, created_at, workshop_id, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('ancienModele', 'Ancien\u200B modèle', 'Gardé', JSON.stringify(builtInTemplate('arbre-a-problemes')!.content), 1, 'w1', 'zoe');
    old.close();

    const server = await useServer({}, dir);
    const token = await server.tokens.sign({ workshopId: 'w1', id: 'zoe', role: 'facilitator' });
    const call = <T>(method: string, path: string, json?: unknown) => request<T>(server.url, `/api/workshops/w1${path}`, { method, json, headers: bearer(token) });
    const board = async (roomId: string) => boardMaps(await storedDoc(server.storage, roomDocName('w1', roomId)));

    const savedOld = { id: 'ancienModele', name: 'Ancien modèle', description: 'Gardé', saved: true };
    expect((await request<TemplateInfo[]>(server.url, '/api/templates')).body.filter((t) => t.saved)).toEqual([savedOld]);
    expect((await call<TemplateInfo[]>('GET', '/templates')).body).toEqual([savedOld]);
    expect((await call<WorkshopResponse>('GET', '')).body.template).toBeNull();
    const blank = await call<RoomInfo>('POST', '/rooms', { name: 'Salle 1' });
    expect(blank.status).toBe(201);
    expect((await board(blank.body.id)).frames.size).toBe(0);
    const fromOld = await call<RoomInfo>('POST', '/rooms', { name: 'Salle 2', template: 'ancienModele' });
    expect((await board(fromOld.body.id)).meta.get(TEMPLATE_KEY)).toBe('ancienModele');
    expect((await board(fromOld.body.id)).frames.size).toBe(builtInTemplate('arbre-a-problemes')!.content.frames.length);

    expect((await call('DELETE', '/templates/ancienModele')).status).toBe(204);
    expect((await request<TemplateInfo[]>(server.url, '/api/templates')).body.some((t) => t.saved)).toBe(false);
    expect((await board(fromOld.body.id)).frames.size).toBe(builtInTemplate('arbre-a-problemes')!.content.frames.length);
  });
});
