import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { boardMaps, createFrame, createNote, groupNotes, readNotes, type WorkshopResponse } from '@essaim/shared';
import { whenSynced } from './providers.js';
import { download, expectDownloadError, exportServer, facilitatorEdit, richWorkshop, type Download, type ExportKind } from './exportScene.js';
import { openWorkshop } from './workshopScene.js';

/** The exports' access rules and the CSV (docs/API.md, « Exports and import »); the PDF's pages are checked in server/src/report. */

const KINDS: ExportKind[] = ['pdf', 'png', 'csv', 'json'];
/** what observers may take when allowed: everything but the backup */
const REPORTS: ExportKind[] = ['pdf', 'png', 'csv'];
const TYPES: Record<ExportKind, RegExp> = { pdf: /^application\/pdf$/, png: /^image\/png$/, csv: /^text\/csv; charset=utf-8$/, json: /^application\/json/ };
const FR_HEADERS = ['Salle', 'Zone', 'Regroupement', 'Catégorie', 'Texte', 'Couleur', 'Votes', 'Auteur', 'Créée le'];
const EN_HEADERS = ['Room', 'Zone', 'Cluster', 'Category', 'Text', 'Colour', 'Votes', 'Author', 'Created at'];

/** A file that is what its type says: the PDF and PNG signatures, a parsable CSV and JSON. */
function expectFile(got: Download, kind: ExportKind): void {
  expect(got.status, `${kind}: ${got.text.slice(0, 200)}`).toBe(200);
  expect(got.headers.get('content-type')).toMatch(TYPES[kind]);
  expect(got.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''/);
  if (kind === 'pdf') expect(got.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  if (kind === 'png') expect(got.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (kind === 'json') expect((got.json as { format: string }).format).toBe('essaim-workshop-backup');
}

/** Parses a CSV export as a spreadsheet would: the BOM dropped, cells split by `sep`, quoted line breaks kept. */
function readCsv(got: Download, sep = ';'): string[][] {
  return parse(got.bytes, { bom: true, delimiter: sep, relax_column_count: false }) as string[][];
}

/** The download name a header gives, from its `filename*`. */
function fileName(got: Download): string {
  const star = /filename\*=UTF-8''(.+)$/.exec(got.headers.get('content-disposition') ?? '');
  return decodeURIComponent(star?.[1] ?? '');
}

describe('who may export', () => {
  it('refuses every export to participants (403) and to no token (401), even with a bad parameter', async () => {
    const scene = await openWorkshop({ rooms: 1 }, await exportServer());
    const { server, workshop } = scene;
    const lina = await scene.join('Lina');
    for (const kind of KINDS) {
      expectDownloadError(await download(server, workshop, kind, lina.token), 403, 'forbidden');
      expectDownloadError(await download(server, workshop, kind, null), 401, 'unauthorized');
      expectDownloadError(await download(server, workshop, kind, 'pas-un-jeton'), 401, 'unauthorized');
    }
    // access is judged first: a participant learns nothing from a bad parameter or a room id
    expectDownloadError(await download(server, workshop, 'pdf', lina.token, 'paper=a5&rooms=inconnue'), 403, 'forbidden');
    expectDownloadError(await download(server, workshop, 'png', lina.token, 'scale=9', 'inconnue'), 403, 'forbidden');
  });

  it('lets observers export the report only while a facilitator allows it, never the backup', async () => {
    const scene = await openWorkshop({ rooms: 1 }, await exportServer());
    const { server, workshop } = scene;
    const observer = await scene.invite('observer', 'Observatoire');
    const lina = await scene.join('Lina');
    for (const kind of KINDS) expectDownloadError(await download(server, workshop, kind, observer.token), 403, 'forbidden');
    // neither the observer nor a participant may allow it
    expect((await scene.admin('PATCH', '', { observersExport: true }, observer.token)).status).toBe(403);
    expect((await scene.admin('PATCH', '', { observersExport: true }, lina.token)).status).toBe(403);
    expectDownloadError(await download(server, workshop, 'csv', observer.token), 403, 'forbidden');

    const allowed = await scene.admin<WorkshopResponse>('PATCH', '', { observersExport: true });
    expect(allowed.body.observersExport).toBe(true);
    for (const kind of REPORTS) expectFile(await download(server, workshop, kind, observer.token), kind);
    // never the backup: it holds every author and every voter's dots, which observers may not see
    expectDownloadError(await download(server, workshop, 'json', observer.token), 403, 'forbidden');
    // a participant still may not
    expectDownloadError(await download(server, workshop, 'csv', lina.token), 403, 'forbidden');

    const withdrawn = await scene.admin<WorkshopResponse>('PATCH', '', { observersExport: false });
    expect(withdrawn.body.observersExport).toBe(false);
    for (const kind of KINDS) expectDownloadError(await download(server, workshop, kind, observer.token), 403, 'forbidden');
  });

  it('gives every export to the workshop’s facilitators and co-facilitators, not to a facilitator of another workshop', async () => {
    const server = await exportServer();
    const scene = await openWorkshop({ rooms: 1 }, server);
    const other = await openWorkshop({ title: 'Un autre atelier' }, server);
    const co = await scene.invite('facilitator', 'Co-animation');
    for (const kind of KINDS) {
      expectFile(await download(server, scene.workshop, kind, scene.workshop.facilitatorToken), kind);
      expectFile(await download(server, scene.workshop, kind, co.token), kind);
      expectDownloadError(await download(server, scene.workshop, kind, other.workshop.facilitatorToken), 403, 'forbidden');
    }
    // the other facilitator's token names their own rooms: still not this workshop
    expectDownloadError(await download(server, scene.workshop, 'png', other.workshop.facilitatorToken, '', other.plenary.id), 403, 'forbidden');
  });

  it('answers 404 for a room that is not the workshop’s', async () => {
    const server = await exportServer();
    const scene = await openWorkshop({ rooms: 1 }, server);
    const other = await openWorkshop({ rooms: 1, title: 'Un autre atelier' }, server);
    const token = scene.workshop.facilitatorToken;
    expectDownloadError(await download(server, scene.workshop, 'pdf', token, 'rooms=salle-inconnue'), 404, 'not_found');
    // one unknown room among known ones: nothing is made
    expectDownloadError(await download(server, scene.workshop, 'pdf', token, `rooms=${scene.plenary.id},salle-inconnue`), 404, 'not_found');
    expectDownloadError(await download(server, scene.workshop, 'pdf', token, `rooms=${other.breakouts[0]!.id}`), 404, 'not_found');
    expectDownloadError(await download(server, scene.workshop, 'png', token, '', 'salle-inconnue'), 404, 'not_found');
    expectDownloadError(await download(server, scene.workshop, 'png', token, '', other.breakouts[0]!.id), 404, 'not_found');
    // the room named alone: its own file, named after it
    const one = await download(server, scene.workshop, 'pdf', token, `rooms=${scene.breakouts[0]!.id}`);
    expectFile(one, 'pdf');
    expect(fileName(one)).toBe(`${scene.workshop.title} - ${scene.breakouts[0]!.name}.pdf`);
  });

  it('refuses a bad paper, scale, sep, lang or rooms with a readable 400', async () => {
    const scene = await openWorkshop({ rooms: 1 }, await exportServer());
    const { server, workshop } = scene;
    const bad: [ExportKind, string][] = [
      ['pdf', 'paper=a5'],
      ['pdf', 'paper=A4'],
      ['png', 'scale=0'],
      ['png', 'scale=5'],
      ['png', 'scale=abc'],
      ['png', 'scale='],
      ['png', 'scale=Infinity'],
      ['csv', 'sep=%7C'],
      ['csv', 'sep=%3B%3B'],
      ['csv', 'lang=de'],
      ['pdf', 'lang=fr-FR'],
      ['pdf', 'rooms=..%2Fsalle'],
      ['pdf', `rooms=${Array.from({ length: 51 }, (_, i) => `salle-${i}`).join(',')}`],
    ];
    const wrong: string[] = [];
    for (const [kind, query] of bad) {
      const got = await download(server, workshop, kind, workshop.facilitatorToken, query);
      const error = (got.json as { error?: { code: string; message: string } } | undefined)?.error;
      if (got.status !== 400 || error?.code !== 'invalid_request' || !/^[A-Z].{10,}/.test(error.message)) wrong.push(`${kind}?${query} → ${got.status} ${got.text.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
    // the limits themselves are accepted; the PNG's scale is said back
    const small = await download(server, workshop, 'png', workshop.facilitatorToken, 'scale=0.1');
    expectFile(small, 'png');
    expect(small.headers.get('x-essaim-scale')).toBe('0.1');
  });
});

/** The CSV cell of each header, for one parsed row. */
const rowOf = (headers: string[], cells: string[]): Record<string, string> => Object.fromEntries(headers.map((h, i) => [h, cells[i]!]));

describe('CSV export', () => {
  it('is a French spreadsheet file holding every note once, with its room, zone, cluster, category, colour, votes and author', async () => {
    const rich = await richWorkshop(await exportServer());
    const { server, workshop } = rich.scene;
    const got = await download(server, workshop, 'csv', workshop.facilitatorToken);
    expectFile(got, 'csv');
    expect([...got.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(fileName(got)).toBe('Atelier « mobilité » — Aude.csv');
    // Windows line ends between rows; the note's own line break stays inside its quoted cell
    expect(got.text).toContain('"Un bus le samedi « matin »\nà Limoux, même l’été"');
    expect(got.text.split('\r\n')).toHaveLength(rich.notes.length + 2);

    const [headers, ...rows] = readCsv(got);
    expect(headers).toEqual(FR_HEADERS);
    const read = rows.map((cells) => rowOf(headers!, cells));
    const byText = (a: { text?: string }, b: { text?: string }): number => (a.text ?? '').localeCompare(b.text ?? '');
    const found = read.map((r) => ({ room: r.Salle, zone: r.Zone, cluster: r.Regroupement, category: r['Catégorie'], text: r.Texte, color: r.Couleur, votes: Number(r.Votes), author: r.Auteur }));
    expect(found.sort(byText)).toEqual(rich.notes.map(({ id: _id, ...n }) => n).sort(byText));
    // « Créée le »: the note's own creation time, read in French time
    const board = rich.scene.connect(rich.scene.board(rich.roomId), workshop.facilitatorToken);
    await whenSynced(board);
    const paris = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    for (const note of readNotes(board.doc)) {
      expect(read.find((r) => r.Texte === note.text)!['Créée le']).toBe(paris.format(new Date(note.createdAt)));
    }
  });

  it('leaves the author column out of an anonymous workshop, and brings it back when it is not', async () => {
    const rich = await richWorkshop(await exportServer());
    const { server, workshop } = rich.scene;
    expect((await rich.scene.admin<WorkshopResponse>('PATCH', '', { anonymous: true })).body.anonymous).toBe(true);
    const anonymous = readCsv(await download(server, workshop, 'csv', workshop.facilitatorToken));
    expect(anonymous[0]).toEqual(FR_HEADERS.filter((h) => h !== 'Auteur'));
    expect(anonymous).toHaveLength(rich.notes.length + 1);
    expect(anonymous.flat().filter((cell) => ['Lina', 'Marc', 'Claire'].includes(cell))).toEqual([]);
    expect(anonymous.every((row) => row.length === FR_HEADERS.length - 1)).toBe(true);

    await rich.scene.admin('PATCH', '', { anonymous: false });
    const named = readCsv(await download(server, workshop, 'csv', workshop.facilitatorToken));
    expect(named[0]).toEqual(FR_HEADERS);
    expect(new Set(named.slice(1).map((row) => row[7]))).toEqual(new Set(['Lina', 'Marc', 'Claire']));
  });

  it('neutralises cells a spreadsheet would run as a formula, and only those', async () => {
    const scene = await openWorkshop({}, await exportServer());
    const { server, workshop } = scene;
    const formulas = ['=1+1', '+33 6 12 34 56 78', '-2', '@SUM(A1:A2)', '  =HYPERLINK("http://exemple.invalid","clic")', '\t=1+1', '\r=2+2', ' \t -3'];
    const plain = ['Bonjour = salut', 'e-mail et +1', 'Réunion à 14 h - salle B', '« =pas une formule »'];
    await facilitatorEdit(scene, scene.plenary.id, (doc) => {
      [...formulas, ...plain].forEach((text, i) => createNote(doc, { id: `n-${i}`, x: i * 200, y: 0, text }, { authorId: workshop.facilitatorId, now: Date.now() }));
    });
    const rows = readCsv(await download(server, workshop, 'csv', workshop.facilitatorToken));
    const texts = rows.slice(1).map((r) => r[4]!);
    expect(texts).toHaveLength(formulas.length + plain.length);
    expect(texts.filter((t) => t.startsWith("'")).sort()).toEqual(formulas.map((f) => `'${f}`).sort());
    expect(texts.filter((t) => !t.startsWith("'")).sort()).toEqual([...plain].sort());
    // no other cell starts a formula either: the workshop title, names, dates
    expect(rows.flat().filter((cell) => /^\s*[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('takes a comma as separator and English headers when asked, from lang= or Accept-Language', async () => {
    const rich = await richWorkshop(await exportServer());
    const { server, workshop } = rich.scene;
    const token = workshop.facilitatorToken;
    const semicolon = readCsv(await download(server, workshop, 'csv', token));
    const comma = await download(server, workshop, 'csv', token, 'sep=,');
    expect(comma.text.split('\r\n')[0]).toBe(`\ufeff${FR_HEADERS.join(',')}`);
    expect(readCsv(comma, ',')).toEqual(semicolon);

    const english = readCsv(await download(server, workshop, 'csv', token, 'lang=en'));
    expect(english[0]).toEqual(EN_HEADERS);
    expect(new Set(english.slice(1).map((r) => r[5]))).toEqual(new Set(['yellow', 'green', 'blue', 'orange', 'pink', 'violet', 'grey']));
    // the notes' own text is never translated
    expect(english.slice(1).map((r) => r[4]).sort()).toEqual(semicolon.slice(1).map((r) => r[4]).sort());

    const viaHeader = await fetch(`${server.url}/api/workshops/${workshop.workshopId}/export.csv`, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'en-GB,en;q=0.8' } });
    expect((await viaHeader.text()).split('\r\n')[0]).toBe(EN_HEADERS.join(';'));
  });

  it('names the smallest zone a note lies in and its cluster too, and keeps a note whose cluster is gone', async () => {
    const scene = await openWorkshop({}, await exportServer());
    const { server, workshop } = scene;
    const now = Date.now();
    const ctx = { authorId: workshop.facilitatorId, now };
    await facilitatorEdit(scene, scene.plenary.id, (doc) => {
      createFrame(doc, { id: 'grande', x: 0, y: 0, width: 2000, height: 2000, title: 'Grande zone' });
      createFrame(doc, { id: 'petite', x: 100, y: 100, width: 600, height: 600, title: 'Petite zone' });
      createNote(doc, { id: 'dans-les-deux', x: 300, y: 300, text: 'Dans les deux zones' }, ctx);
      createNote(doc, { id: 'zone-et-groupe', x: 1500, y: 1500, text: 'Dans une zone et un regroupement' }, ctx);
      groupNotes(doc, { id: 'groupe', title: 'Regroupé', noteIds: ['zone-et-groupe'] }, now);
      const orphan = createNote(doc, { id: 'orpheline', x: 3000, y: 3000, text: 'Son regroupement a disparu' }, ctx);
      boardMaps(doc).notes.set(orphan.id, { ...orphan, groupId: 'regroupement-disparu' });
    });
    const rows = readCsv(await download(server, workshop, 'csv', workshop.facilitatorToken)).slice(1);
    expect(rows.map((r) => [r[4], r[1], r[2]]).sort()).toEqual([
      ['Dans les deux zones', 'Petite zone', ''],
      ['Dans une zone et un regroupement', 'Grande zone', 'Regroupé'],
      ['Son regroupement a disparu', '', ''],
    ]);
  });

  it('exports an empty workshop as its header row, and its backup imports', async () => {
    const scene = await openWorkshop({ rooms: 2 }, await exportServer());
    const { server, workshop } = scene;
    const csv = await download(server, workshop, 'csv', workshop.facilitatorToken);
    expect(csv.text).toBe(`\ufeff${FR_HEADERS.join(';')}\r\n`);
    const json = await download(server, workshop, 'json', workshop.facilitatorToken);
    const backup = json.json as { rooms: { board: { notes: unknown[] } }[] };
    expect(backup.rooms).toHaveLength(3);
    expect(backup.rooms.every((r) => r.board.notes.length === 0)).toBe(true);
    const imported = await fetch(`${server.url}/api/workshops/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json.text });
    expect(imported.status).toBe(201);
  });
});
