import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, CLOSE_CODES, SCHEMA_VERSION, type Note } from '@essaim/shared';
import { expectRefusedAndUnchanged, NOTE, openCraftedScene, openCraftedSocket, sendCrafted, untilServerHas, type CraftedScene } from './craftedScene.js';
import { useLoggedServer, type LogCapture } from './logCapture.js';
import { boardOn, sampleNote, storedDoc } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { rawRequest } from './rawRequest.js';
import { expectError, request } from './request.js';
import { openWorkshop } from './workshopScene.js';
import { openRawSocket, type RawSocket } from './rawSocket.js';
import { currentItemId, encodeRawUpdate, newClientId, objectWithKeys, type RawId } from './rawUpdate.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The item holding an entry's current value on the server (the facilitator's synced client has the same IDs). */
const itemOf = (scene: CraftedScene, map: 'notes' | 'meta', key: string): RawId => currentItemId(boardMaps(scene.writer.doc)[map] as Y.Map<unknown>, key);
const noteOf = (scene: CraftedScene, id: string): Note => boardMaps(scene.writer.doc).notes.get(id)!;

/** One struct from a new client holding several JSON values: after `origin`, or as a new key of `notes`. */
function multiValue(values: unknown[], place: { origin: RawId } | { parent: string; parentSub: string }): Uint8Array {
  return encodeRawUpdate([{ client: newClientId(), clock: 0, structs: [{ ...place, any: values }] }]);
}

/** What an honest client sends for an edit of one entry: one value after the entry's current item. */
function rewriteOf(scene: CraftedScene, id: string, fields: Partial<Note>): Uint8Array {
  return multiValue([{ ...noteOf(scene, id), ...fields }], { origin: itemOf(scene, 'notes', id) });
}

describe('red team 3: JSON structs holding several values', () => {
  it('refuses a new note whose last value is forged (someone else’s authorId)', async () => {
    const scene = await openCraftedScene();
    const own = sampleNote('n-multi', scene.lina.participantId);
    const forged = sampleNote('n-multi', scene.marc.participantId);
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue([own, forged], { parent: 'notes', parentSub: 'n-multi' }) });
  });

  it('refuses a new note whose last value sits in a locked zone', async () => {
    const scene = await openCraftedScene();
    boardMaps(scene.writer.doc).frames.set('z-locked', { id: 'z-locked', title: 'Verrou', x: 5000, y: 0, width: 800, height: 600, color: 'grey', locked: true });
    await untilServerHas(scene.server, scene.board, scene.writer.doc);
    const own = sampleNote('n-multi', scene.lina.participantId);
    const inside = sampleNote('n-multi', scene.lina.participantId, { x: 5100, y: 100 });
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue([own, inside], { parent: 'notes', parentSub: 'n-multi' }) });
  });

  it('refuses a new note whose last value is malformed', async () => {
    const scene = await openCraftedScene();
    const own = sampleNote('n-multi', scene.lina.participantId);
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue([own, { ...own, script: '<img>' }], { parent: 'notes', parentSub: 'n-multi' }) });
  });

  it('refuses an entry holding hidden values before its valid last one (a forged note no rule ever looks at)', async () => {
    const scene = await openCraftedScene();
    const forged = { ...sampleNote('n-multi', scene.marc.participantId), text: 'x'.repeat(10_000), evil: true };
    const own = sampleNote('n-multi', scene.lina.participantId);
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue([forged, own], { parent: 'notes', parentSub: 'n-multi' }) });
  });

  it('refuses a continuation of another person’s note whose last value leaves it as it was, over a hidden forged edit', async () => {
    const scene = await openCraftedScene();
    const marcs = noteOf(scene, NOTE.marc);
    const edited = { ...marcs, text: 'Réécrit par Lina' };
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue([edited, { ...marcs }], { origin: itemOf(scene, 'notes', NOTE.marc) }) });
  });

  it('refuses a continuation of another person’s note whose last value edits it', async () => {
    const scene = await openCraftedScene();
    const marcs = noteOf(scene, NOTE.marc);
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue([{ ...marcs }, { ...marcs, text: 'Réécrit par Lina' }], { origin: itemOf(scene, 'notes', NOTE.marc) }) });
  });

  it('takes an honest client’s merged overwrites (an undo history kept them), deleted whole by the same update', async () => {
    const scene = await openCraftedScene();
    const doc = new Y.Doc();
    const notes = boardMaps(doc).notes;
    const undo = new Y.UndoManager(notes, { captureTimeout: 0 });
    for (const text of ['B', 'Bu', 'Bud', 'Budget']) notes.set('n-undo', sampleNote('n-undo', scene.lina.participantId, { text }));
    const update = Y.encodeStateAsUpdate(doc);
    undo.destroy();
    expect(Y.decodeUpdate(update).structs.some((s) => s instanceof Y.Item && s.content instanceof Y.ContentAny && s.length > 1)).toBe(true);
    const raw = await openCraftedSocket(scene.server, scene.board, scene.lina.token);
    expect(await sendCrafted(raw, update)).toBe('accepted: the connection stays open');
    const onServer = await scene.server.rooms.withDoc(scene.board, (room) => boardMaps(room.doc).notes.get('n-undo')?.text);
    expect(onServer).toBe('Budget');
  });

  it('refuses a meta.schemaVersion struct holding another version before the current one (server-only key), from a participant', async () => {
    const scene = await openCraftedScene();
    // the version as the server records it when it migrates a board
    await scene.server.rooms.withDoc(scene.board, (room) => boardMaps(room.doc).meta.set('schemaVersion', SCHEMA_VERSION));
    await waitFor(() => boardMaps(scene.writer.doc).meta.get('schemaVersion') === SCHEMA_VERSION, 5000, 'the facilitator’s client to hear the version');
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue([99, SCHEMA_VERSION], { origin: itemOf(scene, 'meta', 'schemaVersion') }) });
  });

  it('refuses a meta.template struct, even from a facilitator, whatever its last value', async () => {
    const scene = await openCraftedScene();
    await expectRefusedAndUnchanged(scene, { from: scene.facilitator, update: multiValue(['vierge', 'carte-des-besoins'], { parent: 'meta', parentSub: 'template' }) });
  });

  it('refuses a __proto__ key hidden in the second value of a struct', async () => {
    const scene = await openCraftedScene();
    const own = sampleNote('n-multi', scene.lina.participantId);
    const poisoned = objectWithKeys([...Object.entries(own), ['__proto__', { isAdmin: true }]]);
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue([own, poisoned], { parent: 'notes', parentSub: 'n-multi' }) });
  });

  it('handles a struct of 9,999 tiny values quickly and refuses it', async () => {
    const scene = await openCraftedScene();
    const raw = await openCraftedSocket(scene.server, scene.board, scene.lina.token);
    const values: unknown[] = Array.from({ length: 9_999 }, () => 0);
    values.push(sampleNote('n-many', scene.lina.participantId));
    const started = performance.now();
    const verdict = await sendCrafted(raw, multiValue(values, { parent: 'notes', parentSub: 'n-many' }));
    const elapsed = performance.now() - started;
    expect({ verdict, fast: elapsed < 1000 }).toEqual({ verdict: `closed with ${CLOSE_CODES.RefusedChange}`, fast: true });
  });

  it('refuses more values than MAX_STRUCTS in one struct before decoding it', async () => {
    const scene = await openCraftedScene();
    const values: unknown[] = Array.from({ length: 10_001 }, () => null);
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue(values, { parent: 'notes', parentSub: 'n-many' }) });
  });
});

describe('red team 3: categories, stacking order, headings', () => {
  it('refuses a participant’s category on someone else’s note when editAll is off (« as editing it »)', async () => {
    const scene = await openCraftedScene();
    boardMaps(scene.writer.doc).meta.set('categories', [{ id: 'c1', name: 'Centre-bourg', color: 'green' }]);
    await untilServerHas(scene.server, scene.board, scene.writer.doc);
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: rewriteOf(scene, NOTE.marc, { categoryId: 'c1' }) });
  });

  it('refuses a participant’s stacking order on someone else’s note when moveAll is off (« Mettre au premier plan » is a move)', async () => {
    const scene = await openCraftedScene({ policy: { moveAll: false } });
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: rewriteOf(scene, NOTE.marc, { z: 7 }) });
  });

  it.each([
    ['a huge z', { z: 1e300 }],
    ['a negative z', { z: -1 }],
    ['a fractional z', { z: 1.5 }],
    ['a z as text', { z: '3' as unknown as number }],
    ['a categoryId __proto__', { categoryId: '__proto__' }],
    ['a categoryId too long', { categoryId: 'c'.repeat(65) }],
  ])('refuses a participant’s own note with %s', async (_what, fields) => {
    const scene = await openCraftedScene();
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: rewriteOf(scene, NOTE.lina, fields as Partial<Note>) });
  });

  it('refuses a participant’s heading and categories, even as several values', async () => {
    const scene = await openCraftedScene();
    const label = { id: 'h1', text: 'Titre', x: 0, y: 0, fontSize: 40 };
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue([label, label], { parent: 'labels', parentSub: 'h1' }) });
  });

  it('refuses a participant’s categories', async () => {
    const scene = await openCraftedScene();
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: multiValue([[{ id: 'c1', name: 'A', color: 'green' }]], { parent: 'meta', parentSub: 'categories' }) });
  });

  it.each([
    ['a font size out of range', { fontSize: 500 }],
    ['an extra field', { html: '<b>x</b>' }],
    ['a key that is not its id', { id: 'other' }],
    ['an unknown colour', { color: 'fuchsia' }],
  ])('refuses a facilitator’s heading with %s', async (_what, fields) => {
    const scene = await openCraftedScene();
    const label = { id: 'h1', text: 'Titre', x: 0, y: 0, fontSize: 40, ...fields };
    await expectRefusedAndUnchanged(scene, { from: scene.facilitator, update: multiValue([label], { parent: 'labels', parentSub: 'h1' }) });
  });

  it('refuses facilitator categories with duplicate ids or a blank name', async () => {
    const scene = await openCraftedScene();
    const dup = [
      { id: 'c1', name: 'A', color: 'green' },
      { id: 'c1', name: 'B', color: 'blue' },
    ];
    await expectRefusedAndUnchanged(scene, { from: scene.facilitator, update: multiValue([dup], { parent: 'meta', parentSub: 'categories' }) });
  });

  it('refuses a link whose end is deleted in the same update', async () => {
    const scene = await openCraftedScene();
    const client = newClientId();
    const update = encodeRawUpdate(
      [
        {
          client,
          clock: 0,
          structs: [
            { parent: 'links', parentSub: 'l1', any: [{ id: 'l1', from: NOTE.lina, to: NOTE.marc, kind: 'plain' }] },
            { origin: itemOf(scene, 'notes', NOTE.lina), deleted: 1 },
          ],
        },
      ],
      [],
    );
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update });
  });

  it('refuses a participant putting someone else’s note in a cluster when moveAll is off', async () => {
    const scene = await openCraftedScene({ policy: { moveAll: false } });
    const client = newClientId();
    const update = encodeRawUpdate([
      {
        client,
        clock: 0,
        structs: [
          { parent: 'groups', parentSub: 'g1', any: [{ id: 'g1', title: 'Tas' }] },
          { origin: itemOf(scene, 'notes', NOTE.marc), any: [{ ...noteOf(scene, NOTE.marc), groupId: 'g1' }] },
        ],
      },
    ]);
    await expectRefusedAndUnchanged(scene, { from: scene.lina, update });
  });
});

/** The HTTP status of a WebSocket upgrade sent to `path` exactly as written (101 when upgraded), and how the socket closed. */
const upgradeAt = async (baseUrl: string, path: string) => {
  const answer = await rawRequest(baseUrl, path, { upgrade: true });
  return answer.status === 101 ? `101 ${answer.closeCode ?? (answer.admitted ? 'admitted' : '?')}` : String(answer.status);
};
const requestLines = (logs: LogCapture) => logs.entries().filter((e) => e.msg === 'incoming request').length;

describe('red team 3: the schema parameter', () => {
  it('reads one digits-only schema, however the URL spells it, and refuses every other spelling before the upgrade', async () => {
    const { server } = await useLoggedServer();
    const board = await boardOn(server);
    const t = board.participant.token;
    const at = (query: string) => upgradeAt(server.url, `/sync/${board.docName}?${query}`);
    const outdated = `101 ${CLOSE_CODES.SchemaOutdated}`;
    const cases: [string, string][] = [
      [`token=${t}&schema=1`, outdated],
      [`schema=1&token=${t}`, outdated],
      [`token=${t}&%73chema=1`, outdated],
      [`token=${t}&schema=${SCHEMA_VERSION}`, '101 admitted'],
      [`token=${t}&schema=999999`, '101 admitted'],
      [`token=${t}&schema=1&schema=${SCHEMA_VERSION}`, '400'],
      [`token=${t}&schema=${SCHEMA_VERSION}&schema=1`, '400'],
      [`token=${t}&schema=%31`, '400'],
      [`token=${t}&schema=01`, '400'],
      [`token=${t}&schema=0`, '400'],
      [`token=${t}&schema=-1`, '400'],
      [`token=${t}&schema=1e3`, '400'],
      [`token=${t}&schema=1.0`, '400'],
      [`token=${t}&schema=1+`, '400'],
      [`token=${t}&schema=+1`, '400'],
      [`token=${t}&schema=9999999`, '400'],
      [`token=${t}&schema=${'9'.repeat(400)}`, '400'],
      [`token=${t}&schema=`, '400'],
      [`token=${t}&schema`, '400'],
      [`token=${t}&schema[]=1`, '400'],
      [`token=${t}&schema=1&token=${t}`, '400'],
      [`token=${t}&schema=1&`, '400'],
      [`token=${t}&sch%65ma=1&schema=3`, '400'],
      [`token=${t}&schema=%EF%BC%91`, '400'],
      [`token=${t}&schema=١`, '400'],
    ];
    const answers: [string, string][] = [];
    for (const [query] of cases) answers.push([query.replaceAll(t, '<t>'), await at(query)]);
    expect(answers).toEqual(cases.map(([query, status]) => [query.replaceAll(t, '<t>'), status]));
  });

  it('does not admit a token through an absolute-form request target past the knocking gate', async () => {
    const { server, logs } = await useLoggedServer({ maxSocketsPerParticipant: 1 });
    const board = await boardOn(server);
    const token = board.participant.token;
    const holder: RawSocket = openRawSocket(server.wsUrl, board.docName, token);
    await holder.opened;
    for (let n = 0; n < 17; n++) await upgradeAt(server.url, `/sync/${board.docName}?token=${token}`).catch(() => '0');
    expect(await upgradeAt(server.url, `/sync/${board.docName}?token=${token}`)).toBe('429');
    const { host } = new URL(server.url);
    const spellings = [
      `/sync/${board.docName}?token=${token}&schema=1`,
      `/sync/${board.docName}?schema=${SCHEMA_VERSION}&token=${token}`,
      `/sync/${board.docName}?schema=${SCHEMA_VERSION}&%74oken=${token}`,
      `http://${host}/sync/${board.docName}?token=${token}`,
      `/sync/${board.docName}?token=${token}%`,
      `/sync/${board.docName}?token=${token.replace('.', '%2E')}`,
    ];
    const answers = [];
    for (const path of spellings) {
      const before = requestLines(logs);
      const status = await upgradeAt(server.url, path);
      await sleep(20);
      answers.push({ path: path.replaceAll(token, '<token>'), status, admitted: status === '101 admitted', routed: requestLines(logs) - before });
    }
    // past the gate, a knocking token costs a signature check and log lines; it must never get a socket
    expect(answers.filter((a) => a.admitted)).toEqual([]);
  });
});

describe('red team 3: templates over HTTP', () => {
  it('lets only the workshop’s facilitators apply or save a template', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const other = await openWorkshop({ rooms: 1 }, scene.server);
    const lina = await scene.join('Lina');
    const observer = await scene.invite('observer', 'Obs');
    const room = scene.breakouts[0]!.id;
    const tries = [];
    for (const [who, token] of [
      ['participant', lina.token],
      ['observer', observer.token],
      ['other workshop’s facilitator', other.workshop.facilitatorToken],
      ['nobody', null],
    ] as const) {
      const apply = await scene.admin('POST', `/rooms/${room}/template`, { template: 'vierge' }, token);
      const save = await scene.admin('POST', `/rooms/${scene.plenary.id}/save-template`, { name: 'Volé' }, token);
      tries.push({ who, apply: apply.status, save: save.status });
    }
    expect(tries.every((t) => [401, 403].includes(t.apply) && [401, 403].includes(t.save)), JSON.stringify(tries)).toBe(true);
    expect(shapeOfMeta(await storedDoc(scene.server.storage, scene.board(room)))).toBeUndefined();
  });

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '../vierge', 'vierge/../vierge', 'VIERGE', 'vierge\u0000', ' vierge', 'vie\u200brge'])(
    'answers 400 unknown_template for the id %j, on a new workshop and on a room',
    async (id) => {
      const scene = await openWorkshop({ rooms: 1 });
      expectError(await request(scene.server.url, '/api/workshops', { json: { title: 'Atelier', template: id } }), 400, 'unknown_template');
      expectError(await scene.admin('POST', `/rooms/${scene.breakouts[0]!.id}/template`, { template: id }), 400, 'unknown_template');
    },
  );

  it('never loses a participant’s note written while a template is applied to the room', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina');
    const board = scene.connect(scene.board(room), lina.token);
    await whenSynced(board);
    const applying = scene.admin('POST', `/rooms/${room}/template`, { template: 'carte-des-besoins' });
    boardMaps(board.doc).notes.set('n-lina', sampleNote('n-lina', lina.participantId));
    const applied = await applying;
    expect([200, 409]).toContain(applied.status);
    await sleep(300);
    const stored = await storedDoc(scene.server.storage, scene.board(room));
    expect(boardMaps(stored).notes.get('n-lina')?.authorId).toBe(lina.participantId);
    expect(board.closeCodes).toEqual([]);
  });

  it('answers the template list in French or English whatever the Accept-Language header holds', async () => {
    const scene = await openWorkshop();
    const odd = ['en;q=abc', 'en;q=1.2.3', 'en;q=-1', 'en;q=1e9', ',,,,', ';;;', 'en-'.repeat(2000), `${'fr;q=0.1,'.repeat(800)}en`, '*', '\u00e9n'];
    const answers = [];
    for (const header of odd) {
      const res = await fetch(`${scene.server.url}/api/templates`, { headers: { 'accept-language': header } }).catch(() => null);
      answers.push({ header: header.slice(0, 20), status: res?.status, lang: res?.headers.get('content-language') });
    }
    expect(answers.every((a) => a.status === 200 && (a.lang === 'fr' || a.lang === 'en')), JSON.stringify(answers)).toBe(true);
  });

  it('saves a board with clusters, categories, links and headings as a template that applies cleanly elsewhere', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const writer = scene.connect(scene.board(scene.plenary.id), scene.workshop.facilitatorToken);
    await whenSynced(writer);
    const maps = boardMaps(writer.doc);
    const by = scene.workshop.facilitatorId;
    writer.doc.transact(() => {
      maps.meta.set('categories', [{ id: 'c1', name: 'Centre-bourg', color: 'green' }]);
      maps.groups.set('g1', { id: 'g1', title: 'Tas' });
      maps.notes.set('a', sampleNote('a', by, { groupId: 'g1', categoryId: 'c1', z: 4 }));
      maps.notes.set('b', sampleNote('b', by, { x: 400, categoryId: 'gone', groupId: 'gone' }));
      maps.links.set('l', { id: 'l', from: 'a', to: 'b', kind: 'cause' });
      maps.labels.set('h', { id: 'h', text: 'Titre', x: 0, y: -200, fontSize: 40 });
    });
    await untilServerHas(scene.server, scene.board(scene.plenary.id), writer.doc);
    const saved = await scene.admin<{ id: string }>('POST', `/rooms/${scene.plenary.id}/save-template`, { name: '  Mon\tmodèle  ' });
    expect(saved.status).toBe(201);
    const applied = await scene.admin('POST', `/rooms/${scene.breakouts[0]!.id}/template`, { template: saved.body.id });
    expect(applied.status).toBe(200);
    const created = await request(scene.server.url, '/api/workshops', { json: { title: 'Autre', template: saved.body.id } });
    expect(created.status).toBe(201);
  });
});

const shapeOfMeta = (doc: Y.Doc) => boardMaps(doc).meta.get('template');
