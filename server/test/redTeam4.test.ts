import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  BESIDE_GAP,
  BOARD_LIMIT,
  boardMaps,
  CLOSE_CODES,
  frameType,
  labelBounds,
  labelType,
  rectsIntersect,
  ROOMS_EVER_MAX,
  type AppliedTemplate,
  type CreateWorkshopResponse,
  type Frame,
  type RoomInfo,
  type TemplateInfo,
  type WorkshopResponse,
} from '@essaim/shared';
import { cleanText } from '../src/http/cleanText.js';
import { sampleNote, storedDoc, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { openRawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';
import { bearer, expectError, request } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

const PRIORITY = '3 besoins prioritaires';

/** The zone of the needs map where a room puts its priority needs, as the server has it. */
async function priorityZone(scene: WorkshopScene, roomId: string): Promise<Frame> {
  const doc = await storedDoc(scene.server.storage, scene.board(roomId));
  return [...boardMaps(doc).frames.values()].find((f) => f.title === PRIORITY)!;
}

/** A needs map in one room, and Lina, a participant of that room, with a synced client. */
async function needsMap(): Promise<{ scene: WorkshopScene; room: string; lina: Y.Doc; linaId: string; linaToken: string }> {
  const scene = await openWorkshop({ rooms: 1, template: 'carte-des-besoins' });
  const joined = await scene.join('Lina');
  const provider = scene.connect(scene.board(joined.roomId), joined.token);
  await whenSynced(provider);
  return { scene, room: joined.roomId, lina: provider.doc, linaId: joined.participantId, linaToken: joined.token };
}

/** Every entry the server wrote for the solutions columns is one the rights table itself would take. */
function expectWellFormed(doc: Y.Doc): void {
  const maps = boardMaps(doc);
  for (const [id, f] of maps.frames.entries()) {
    expect(frameType.validate(id, f), `zone ${id}`).not.toBeNull();
    expect(Math.abs(f.y) <= BOARD_LIMIT && Math.abs(f.x) <= BOARD_LIMIT, `zone ${id} on the board`).toBe(true);
  }
  for (const [id, l] of maps.labels.entries()) expect(labelType.validate(id, l), `heading ${id}`).not.toBeNull();
}

describe('red team 4: the solutions columns brought from a needs map', () => {
  it('refuses a participant’s zone titled « 3 besoins prioritaires » (zones are the facilitators’)', async () => {
    const { scene, room, linaToken } = await needsMap();
    const raw = await openRawClient(scene.server.wsUrl, scene.board(room), linaToken);
    raw.send((doc) => boardMaps(doc).frames.set('fake', { id: 'fake', title: PRIORITY, x: 9000, y: 0, width: 600, height: 480, color: 'blue' }));
    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    const stored = await storedDoc(scene.server.storage, scene.board(room));
    expect(boardMaps(stored).frames.has('fake')).toBe(false);
  });

  it('titles columns from notes crafted by a participant (controls, bidi, emoji at the cut, the longest note) with entries the validators take', async () => {
    const { scene, room, lina, linaId } = await needsMap();
    const zone = await priorityZone(scene, room);
    const texts = [
      `Bidi \u202Eesrever\u202C et \u0001\u0007 contrôles`,
      `${'é'.repeat(118)}🌾🌾🌾`,
      'x'.repeat(2000),
      `${'a'.repeat(117)}👩\u200D🌾 fin`,
      '.'.repeat(300),
    ];
    texts.forEach((text, i) => writeNote(lina, sampleNote(`p${i}`, linaId, { text, x: zone.x + 10 + (i % 3) * 170, y: zone.y + 60 + Math.floor(i / 3) * 170 })));
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.board(room))).notes.size === texts.length, 5000, 'Lina’s notes to be stored');

    const applied = await scene.admin<AppliedTemplate>('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' });
    expect(applied.status).toBe(200);
    expect(applied.body.needs).toHaveLength(5);
    const stored = await storedDoc(scene.server.storage, scene.board(room));
    expectWellFormed(stored);
    // no title ends on half a character
    for (const f of boardMaps(stored).frames.values()) expect(f.title, f.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('keeps the columns on the board when the priority zone lies at the bottom edge (refused cleanly, or placed on the board)', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const joined = await scene.join('Lina');
    // the facilitator's own client draws the priority zone low on the board, as it may
    const facilitator = scene.connect(scene.board(room), scene.workshop.facilitatorToken);
    await whenSynced(facilitator);
    const y = BOARD_LIMIT - 480;
    boardMaps(facilitator.doc).frames.set('prio', { id: 'prio', title: PRIORITY, x: 0, y, width: 600, height: 480, color: 'green' });
    const lina = scene.connect(scene.board(room), joined.token);
    await whenSynced(lina);
    await waitFor(() => boardMaps(lina.doc).frames.has('prio'), 5000, 'the zone to reach Lina');
    writeNote(lina.doc, sampleNote('need', joined.participantId, { text: 'Logement des saisonniers', x: 20, y: y + 60 }));
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.board(room))).notes.size === 1, 5000, 'the need to be stored');

    const applied = await scene.admin<AppliedTemplate>('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' });
    expect([200, 409]).toContain(applied.status);
    expectWellFormed(await storedDoc(scene.server.storage, scene.board(room)));
  });

  it('puts the columns beside the needs map, not a million units away where a participant’s stray notes stretch the board', async () => {
    const { scene, room, lina, linaId } = await needsMap();
    const zone = await priorityZone(scene, room);
    writeNote(lina, sampleNote('need', linaId, { text: 'Logement des saisonniers', x: zone.x + 20, y: zone.y + 60 }));
    writeNote(lina, sampleNote('top', linaId, { x: 0, y: -BOARD_LIMIT }));
    writeNote(lina, sampleNote('far', linaId, { x: 500_000, y: 0 }));
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.board(room))).notes.size === 3, 5000, 'Lina’s notes to be stored');
    const before = await storedDoc(scene.server.storage, scene.board(room));
    const layout = [...boardMaps(before).frames.values(), ...[...boardMaps(before).labels.values()].map(labelBounds)];
    const mapRight = Math.max(...layout.map((r) => r.x + r.width));
    const mapTop = Math.min(...layout.map((r) => r.y));
    const obstacles = [...layout, ...boardMaps(before).notes.values()];

    const applied = await scene.admin<AppliedTemplate>('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' });
    expect(applied.status).toBe(200);
    const after = await storedDoc(scene.server.storage, scene.board(room));
    const added = [...boardMaps(after).frames.values(), ...[...boardMaps(after).labels.values()].map(labelBounds)].filter(
      (r) => !layout.some((old) => old.x === r.x && old.y === r.y && old.width === r.width),
    );
    expect(added.length).toBeGreaterThan(0);
    // right of the map, level with its top, overlapping nothing
    expect(Math.min(...added.map((r) => r.x))).toBe(mapRight + BESIDE_GAP);
    expect(Math.min(...added.map((r) => r.y))).toBe(mapTop);
    for (const r of added) for (const old of obstacles) expect(rectsIntersect(r, old)).toBe(false);
  });

  it('is not kept off the board by a participant’s notes at both far edges; a wall of notes all along gets a 409 that says why', async () => {
    const { scene, room, lina, linaId } = await needsMap();
    const zone = await priorityZone(scene, room);
    writeNote(lina, sampleNote('need', linaId, { text: 'Logement des saisonniers', x: zone.x + 20, y: zone.y + 60 }));
    writeNote(lina, sampleNote('east', linaId, { x: BOARD_LIMIT, y: zone.y }));
    writeNote(lina, sampleNote('west', linaId, { x: -BOARD_LIMIT, y: zone.y }));
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.board(room))).notes.size === 3, 5000, 'Lina’s notes to be stored');
    expect((await scene.admin('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' })).status).toBe(200);

    // another room, a row of notes every 1,000 units across the whole board, level with the map
    const other = await needsMap();
    const otherZone = await priorityZone(other.scene, other.room);
    await other.scene.server.rooms.withDoc(other.scene.board(other.room), (r) =>
      r.doc.transact(() => {
        writeNote(r.doc, sampleNote('need', other.linaId, { text: 'Garde d’enfants', x: otherZone.x + 20, y: otherZone.y + 60 }));
        for (let x = -BOARD_LIMIT; x <= BOARD_LIMIT; x += 1000) writeNote(r.doc, sampleNote(`wall${x + BOARD_LIMIT}`, other.linaId, { x, y: 0 }));
      }),
    );
    const frames = (await storedDoc(other.scene.server.storage, other.scene.board(other.room))).getMap('frames').size;
    const applied = await other.scene.admin('POST', `/rooms/${other.room}/template`, { template: 'solutions-par-besoin' });
    expectError(applied, 409, 'board_not_empty');
    expect((applied.body as { error: { message: string } }).error.message).toMatch(/room left or right/);
    expect((await storedDoc(other.scene.server.storage, other.scene.board(other.room))).getMap('frames').size).toBe(frames);
  });

  it('writes the columns once when three requests race for them', async () => {
    const { scene, room, lina, linaId } = await needsMap();
    const zone = await priorityZone(scene, room);
    writeNote(lina, sampleNote('need', linaId, { text: 'Accès aux soins', x: zone.x + 20, y: zone.y + 60 }));
    await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.board(room))).notes.size === 1, 5000, 'the need to be stored');
    const frames = (await storedDoc(scene.server.storage, scene.board(room))).getMap('frames').size;
    const answers = await Promise.all(Array.from({ length: 3 }, () => scene.admin('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    expect((await storedDoc(scene.server.storage, scene.board(room))).getMap('frames').size).toBe(frames + 2);
  });

  it('brings 5 needs from 5,000 notes in the priority zone (time printed)', async () => {
    const { scene, room } = await needsMap();
    const zone = await priorityZone(scene, room);
    const count = 5000;
    await scene.server.rooms.withDoc(scene.board(room), (r) =>
      r.doc.transact(() => {
        for (let i = 0; i < count; i++) writeNote(r.doc, sampleNote(`m${i}`, 'p1', { text: `Besoin ${i} ${'x'.repeat(300)}`, x: zone.x + (i % 50), y: zone.y + 60 + (i % 40) }));
      }),
    );
    const started = performance.now();
    const applied = await scene.admin<AppliedTemplate>('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' });
    const ms = performance.now() - started;
    console.log(`[figures] solutions-par-besoin beside ${count} notes in the priority zone: ${ms.toFixed(0)} ms`);
    expect(applied.status).toBe(200);
    expect(applied.body.needs).toHaveLength(5);
  });
});

describe('red team 4: deleting saved templates', () => {
  async function savedFrom(scene: WorkshopScene): Promise<TemplateInfo> {
    const saved = await scene.admin<TemplateInfo>('POST', `/rooms/${scene.breakouts[0]!.id}/save-template`, { name: 'Modèle' });
    expect(saved.status).toBe(201);
    return saved.body;
  }
  const stillListed = async (scene: WorkshopScene, id: string) =>
    (await request<TemplateInfo[]>(scene.server.url, '/api/templates')).body.some((t) => t.id === id);

  it('refuses a facilitator of another workshop naming the victim’s template under their own workshop (404), and the template stays', async () => {
    const victim = await openWorkshop({ rooms: 1, template: 'arbre-a-problemes' });
    const saved = await savedFrom(victim);
    const attacker = await openWorkshop({ rooms: 1 }, victim.server);
    expectError(await attacker.admin('DELETE', `/templates/${saved.id}`), 404, 'not_found');
    // and under the victim's workshop with the attacker's token
    expectError(await victim.admin('DELETE', `/templates/${saved.id}`, undefined, attacker.workshop.facilitatorToken), 403, 'forbidden');
    expect(await stillListed(victim, saved.id)).toBe(true);
  });

  it.each([
    ['a dot-dot', '%2e%2e'],
    ['an encoded slash', '..%2F..%2Fapi'],
    ['the prototype', '__proto__'],
    ['unicode', '%C3%A9%F0%9F%8C%BE'],
    ['a lone surrogate, percent-encoded as CESU', '%ED%A0%80'],
    ['a built-in id', 'carte-des-besoins'],
  ])('answers %s as a template id cleanly (4xx, never 500), deleting nothing', async (_case, id) => {
    const scene = await openWorkshop({ rooms: 1, template: 'arbre-a-problemes' });
    const saved = await savedFrom(scene);
    const answer = await scene.admin('DELETE', `/templates/${id}`);
    expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(await stillListed(scene, saved.id)).toBe(true);
  });

  it('settles a delete racing workshops created with the template and rooms added with it: every room is either the template or blank, never a 500', async () => {
    const scene = await openWorkshop({ rooms: 1, template: 'arbre-a-problemes' });
    const saved = await savedFrom(scene);
    const created = await request<CreateWorkshopResponse>(scene.server.url, '/api/workshops', { json: { title: 'Suite', rooms: 1, template: saved.id } });
    const other = created.body;
    const addRoom = (name: string) =>
      request<RoomInfo>(scene.server.url, `/api/workshops/${other.workshopId}/rooms`, { json: { name }, headers: bearer(other.facilitatorToken) });
    const answers = await Promise.all([
      addRoom('A'),
      request(scene.server.url, '/api/workshops', { json: { title: 'Course', rooms: 1, template: saved.id } }),
      scene.admin('DELETE', `/templates/${saved.id}`),
      addRoom('B'),
      request(scene.server.url, '/api/workshops', { json: { title: 'Course 2', rooms: 1, template: saved.id } }),
    ]);
    for (const a of answers) expect(a.status).toBeLessThan(500);
    expect(answers[2]!.status).toBe(204);
    // once the delete is done, a room added later starts blank, with no error
    const late = await addRoom('C');
    expect(late.status).toBe(201);
    const board = await storedDoc(scene.server.storage, `w/${other.workshopId}/r/${late.body.id}`);
    expect(boardMaps(board).frames.size).toBe(0);
    const view = await request<WorkshopResponse>(scene.server.url, `/api/workshops/${other.workshopId}`, { headers: bearer(other.facilitatorToken) });
    expect(view.body.template).toBeNull();
  });
});

describe('red team 4: POST …/rooms with a template', () => {
  it.each<[string, unknown, number]>([
    ['a list', ['carte-des-besoins'], 400],
    ['an object', { id: 'carte-des-besoins' }, 400],
    ['a huge string', 'x'.repeat(60_000), 400],
    ['an id of no saved template', 'abcdefghijkl', 400],
    ['the prototype', '__proto__', 400],
  ])('refuses %s as the template, adding no room', async (_case, template, status) => {
    const scene = await openWorkshop({ rooms: 1 });
    const answer = await scene.admin('POST', '/rooms', { name: 'Salle piégée', template });
    expect(answer.status).toBe(status);
    const view = await scene.admin<WorkshopResponse>('GET', '');
    expect(view.body.rooms.map((r) => r.name)).not.toContain('Salle piégée');
  });

  it('keeps a workshop to its 24 breakout rooms, however many additions race', async () => {
    const scene = await openWorkshop({ rooms: 22, template: 'carte-des-besoins' });
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => scene.admin<RoomInfo>('POST', '/rooms', { name: `Salle ${23 + i}` })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 400, 400, 400]);
    for (const a of answers.filter((a) => a.status === 400)) expectError(a, 400, 'invalid_request');
    const view = await scene.admin<WorkshopResponse>('GET', '');
    expect(view.body.rooms.filter((r) => !r.plenary)).toHaveLength(24);
  });

  it('stops a loop of adding and removing rooms with a template (each board kept in storage) at ROOMS_EVER_MAX', async () => {
    // past the per-person budget of whole-board requests too: this is about the cap alone
    const scene = await openWorkshop({ rooms: 0 }, await useServer({ boardRewriteRateLimit: 0 }));
    let refused: Awaited<ReturnType<typeof scene.admin>> | null = null;
    for (let i = 0; i < ROOMS_EVER_MAX + 5 && !refused; i++) {
      const added = await scene.admin<RoomInfo>('POST', '/rooms', { name: `Salle ${i}`, template: 'carte-des-besoins' });
      if (added.status !== 201) refused = added;
      else expect((await scene.admin('DELETE', `/rooms/${added.body.id}`)).status).toBe(204);
    }
    expect(refused).not.toBeNull();
    expectError(refused!, 400, 'invalid_request');
  });

  it('refuses a participant or an observer adding a room with a template', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const lina = await scene.join('Lina');
    const obs = await scene.invite('observer', 'Observatoire');
    for (const token of [lina.token, obs.token]) expectError(await scene.admin('POST', '/rooms', { name: 'X', template: 'carte-des-besoins' }, token), 403, 'forbidden');
  });
});

describe('red team 4: cleanText on hostile names', () => {
  it('leaves no stray joiner where the cap cuts an emoji sequence', () => {
    // « Lina👩 » and « Lina👩 » + U+200D look the same: they must be stored the same
    expect(cleanText('Lina👩\u200D🌾', 6)).toBe('Lina👩');
    expect(cleanText('Lina👩\u200D🌾', 7)).toBe('Lina👩');
  });

  it('drops lone surrogates, which storage would turn into « � »', () => {
    expect(cleanText('Li\uD800na', 40)).toBe('Lina');
    expect(cleanText('Li\uDC00na\uD83D', 40)).toBe('Lina');
    expect(cleanText('Ferme 🌾', 40)).toBe('Ferme 🌾');
  });

  it('reads a megabyte of combining marks, joiners and bidi controls in linear time (figures printed)', () => {
    const inputs: Record<string, string> = {
      'combining marks': `a${'\u0301'.repeat(1_000_000)}`,
      joiners: '\u200D'.repeat(1_000_000),
      'emoji + joiner pairs': '👩\u200D'.repeat(300_000),
      'bidi controls': '\u202E\u202C'.repeat(500_000),
    };
    for (const [name, input] of Object.entries(inputs)) {
      const started = performance.now();
      const out = cleanText(input, 40);
      console.log(`[figures] cleanText on ${input.length} UTF-16 units of ${name}: ${(performance.now() - started).toFixed(1)} ms → ${out.length} units`);
      expect(out.length).toBeLessThanOrEqual(40);
    }
  });
});
