import { describe, expect, it } from 'vitest';
import {
  CLOSE_CODES,
  readBoardBackup,
  readBoardPolicy,
  readPeople,
  readVoteRounds,
  type CreateWorkshopResponse,
  type Note,
  type WorkshopBackup,
  type WorkshopResponse,
} from '@essaim/shared';
import { waitFor, whenSynced } from './providers.js';
import { expectRefused, openRawSocket } from './rawSocket.js';
import { download, expectDownloadError, exportBackup, exportServer, importBackup, richWorkshop, sceneOf, tableCounts } from './exportScene.js';
import { closeVote, countsOf, expectStatus, getVote, openRound, putDot, writeNotes } from './voteScene.js';
import { openWorkshop } from './workshopScene.js';

/** The JSON backup and its import (docs/API.md, « Exports and import »). */

/** Imports `text` (must answer 201) and returns the new workshop. */
async function importOk(server: Parameters<typeof importBackup>[0], text: string, name?: string): Promise<CreateWorkshopResponse> {
  const got = await importBackup(server, text, name === undefined ? {} : { name });
  expect(got.status, got.text.slice(0, 300)).toBe(201);
  return got.json as CreateWorkshopResponse;
}

const withoutDate = ({ exportedAt: _at, ...rest }: WorkshopBackup): Omit<WorkshopBackup, 'exportedAt'> => rest;

describe('JSON backup and import', () => {
  it('makes a new workshop of a backup whose own export is the same file, but for its date', async () => {
    const server = await exportServer();
    const rich = await richWorkshop(server);
    const { scene } = rich;
    // settings that are not the defaults, so the file must carry them
    await scene.admin('PATCH', '', { anonymous: true, observersExport: true, plenaryOpen: true });
    const first = await exportBackup(server, scene.workshop);
    const room = first.backup.rooms[1]!.board;
    expect([room.notes.length, room.frames.length, room.links.length, room.groups.length, room.labels.length]).toEqual([8, 1, 2, 1, 1]);
    expect(room.meta).toMatchObject({ policy: { locked: true, lockedBy: 'Claire' }, categories: [{ id: 'cat-jeunes' }, { id: 'cat-aines' }] });
    expect(first.backup.votes).toHaveLength(1);
    expect(first.backup.votes[0]!.dots.reduce((n, d) => n + d.count, 0)).toBe(6);

    const created = await importBackup(server, first.text, { name: 'Zoé' });
    expect(created.status, created.text.slice(0, 300)).toBe(201);
    const imported = created.json as CreateWorkshopResponse;
    expect(Object.keys(imported).sort()).toEqual(['facilitatorId', 'facilitatorToken', 'invites', 'joinCode', 'rooms', 'title', 'workshopId']);
    expect(imported.title).toBe('Atelier « mobilité » — Aude');
    expect(imported.rooms).toEqual(scene.workshop.rooms);
    const old = scene.workshop;
    expect(imported.workshopId).not.toBe(old.workshopId);
    expect(imported.joinCode).not.toBe(old.joinCode);
    expect(imported.facilitatorToken).not.toBe(old.facilitatorToken);
    expect(imported.invites.facilitator).not.toBe(old.invites.facilitator);
    expect(imported.invites.observer).not.toBe(old.invites.observer);
    expect(first.backup.people.map((p) => p.id)).not.toContain(imported.facilitatorId);
    // the join code is a real one: it is the new workshop's and nobody else's
    expect((await importBackup(server, first.text)).status).toBe(201);

    const second = await exportBackup(server, imported);
    expect(second.backup.exportedAt).toBeGreaterThanOrEqual(first.backup.exportedAt);
    expect(withoutDate(second.backup)).toEqual(withoutDate(first.backup));

    const settings = await sceneOf(server, imported).admin<WorkshopResponse>('GET', '');
    expect(settings.body).toMatchObject({ anonymous: true, observersExport: true, plenaryOpen: true, assignment: 'choice' });
    // Zoé is the new workshop's facilitator, under the name asked
    const workshopDoc = sceneOf(server, imported).connect(`w/${imported.workshopId}`, imported.facilitatorToken);
    await whenSynced(workshopDoc);
    expect(readPeople(workshopDoc.doc).filter((p) => p.role === 'facilitator')).toEqual([expect.objectContaining({ id: imported.facilitatorId, name: 'Zoé' })]);
  });

  it('carries over nobody’s token: the old facilitator and participants cannot reach the new workshop, nor its facilitator the old one', async () => {
    const server = await exportServer();
    const rich = await richWorkshop(server);
    const old = rich.scene.workshop;
    const imported = await importOk(server, (await exportBackup(server, old)).text);
    const fresh = sceneOf(server, imported);

    for (const kind of ['json', 'csv'] as const) expectDownloadError(await download(server, imported, kind, old.facilitatorToken), 403, 'forbidden');
    expect((await fresh.admin('GET', '', undefined, old.facilitatorToken)).status).toBe(403);
    expect((await fresh.admin('GET', '', undefined, rich.lina.token)).status).toBe(403);
    expect((await rich.scene.admin('GET', '', undefined, imported.facilitatorToken)).status).toBe(403);
    expectDownloadError(await download(server, old, 'json', imported.facilitatorToken), 403, 'forbidden');
    // Lina's id is in the new workshop (her notes are), her token is not
    await expectRefused(openRawSocket(server.wsUrl, fresh.board(rich.roomId), rich.lina.token), CLOSE_CODES.Forbidden);
    await expectRefused(openRawSocket(server.wsUrl, fresh.docName, rich.lina.token), CLOSE_CODES.Forbidden);
    await expectRefused(openRawSocket(server.wsUrl, fresh.board(rich.roomId), old.facilitatorToken), CLOSE_CODES.Forbidden);
    // and the old invites and join code still lead to the old workshop only
    const joined = await server.join(old.joinCode, 'Nora', rich.roomId);
    expect(joined.workshopId).toBe(old.workshopId);
  });

  it('lets a participant who joins the new workshop by its code see the imported board, locked as it was', async () => {
    const server = await exportServer();
    const rich = await richWorkshop(server);
    const first = await exportBackup(server, rich.scene.workshop);
    const imported = await importOk(server, first.text);
    const fresh = sceneOf(server, imported);
    const nora = await fresh.join('Nora', rich.roomId);
    expect(nora.workshopId).toBe(imported.workshopId);
    const board = fresh.connect(fresh.board(rich.roomId), nora.token);
    await whenSynced(board);
    const seen = readBoardBackup(board.doc);
    const saved = first.backup.rooms.find((r) => r.id === rich.roomId)!.board;
    expect(seen.notes).toEqual(saved.notes);
    expect(seen.notes.map((n: Note) => n.text)).toContain('Un bus le samedi « matin »\nà Limoux, même l’été');
    expect([seen.frames, seen.links, seen.groups, seen.labels]).toEqual([saved.frames, saved.links, saved.groups, saved.labels]);
    expect(readBoardPolicy(board.doc)).toMatchObject({ locked: true, lockedBy: 'Claire' });
  });

  it('brings the closed vote round with its results into the new workshop, under a new id, and numbers new rounds after it', async () => {
    const server = await exportServer();
    const rich = await richWorkshop(server);
    const oldRound = await expectStatus(getVote(rich.scene, rich.voteId, rich.scene.workshop.facilitatorToken));
    const imported = await importOk(server, (await exportBackup(server, rich.scene.workshop)).text);
    const fresh = sceneOf(server, imported);

    const workshopDoc = fresh.connect(fresh.docName, imported.facilitatorToken);
    await whenSynced(workshopDoc);
    await waitFor(() => readVoteRounds(workshopDoc.doc).length === 1, 5000, 'the imported round in the workshop document');
    const [round] = readVoteRounds(workshopDoc.doc);
    expect(round!.voteId).not.toBe(rich.voteId);
    expect(round).toMatchObject({ number: 1, status: 'closed', roomIds: [rich.roomId], dotsPerPerson: 3, maxPerNote: 2, anonymous: false });
    const expected = { 'note-bus': 3, 'note-velo': 1, 'note-isolement': 1, 'note-epicerie': 1 };
    expect(countsOf(round!.results)).toEqual(expected);
    expect(round!.turnout).toEqual(oldRound.turnout);

    const answer = await expectStatus(getVote(fresh, round!.voteId, imported.facilitatorToken));
    expect(countsOf(answer.results)).toEqual(expected);
    // a named round: the new facilitator sees who put which dot, under the names the file carries
    expect(answer.voters?.map((v) => [v.name, v.dots]).sort()).toEqual([['Lina', { 'note-bus': 2, 'note-velo': 1 }], ['Marc', { 'note-bus': 1, 'note-epicerie': 1, 'note-isolement': 1 }]]);
    // a participant of the new workshop sees the results of the closed round too
    const nora = await fresh.join('Nora', rich.roomId);
    expect(countsOf((await expectStatus(getVote(fresh, round!.voteId, nora.token))).results)).toEqual(expected);
    // the old round's id means nothing here
    expect((await getVote(fresh, rich.voteId, imported.facilitatorToken)).status).toBe(404);
    expect((await openRound(fresh, { roomIds: [rich.roomId] })).number).toBe(2);
  });
});

describe('import of a bad file', () => {
  it('refuses each malformed, foreign or inconsistent file with a 400 naming what is wrong, and creates nothing', async () => {
    const server = await exportServer();
    const rich = await richWorkshop(server);
    const { text } = await exportBackup(server, rich.scene.workshop);
    /** the backup with one change */
    const edit = (change: (b: WorkshopBackup & Record<string, unknown>) => void): string => {
      const b = JSON.parse(text) as WorkshopBackup & Record<string, unknown>;
      change(b);
      return JSON.stringify(b);
    };
    const notes = (b: WorkshopBackup): Note[] => b.rooms[1]!.board.notes;
    const cases: [string, string, RegExp][] = [
      ['not JSON', 'ceci n’est pas du JSON', /not valid JSON/],
      ['truncated', text.slice(0, Math.floor(text.length / 2)), /not valid JSON.*cut short/],
      ['empty', '', /empty/],
      ['blank', ' \n ', /empty/],
      ['an array', '[1, 2]', /not a JSON object/],
      ['null', 'null', /not a JSON object/],
      ['foreign', '{"hello":1}', /not an Essaim workshop backup/],
      ['wrong format', edit((b) => void ((b as { format: string }).format = 'essaim-board')), /not an Essaim workshop backup/],
      ['newer version', edit((b) => void ((b as { version: number }).version = 2)), /newer Essaim \(version 2\)/],
      ['version as text', edit((b) => void ((b as { version: unknown }).version = '1')), /^This file cannot be imported\. version: /],
      ['note over 2000 chars', edit((b) => void (notes(b)[0]!.text = 'é'.repeat(2001))), /rooms\[1\]\.board\.notes\[0\] \(id "note-bus"\): not a valid note/],
      ['bad colour', edit((b) => void ((notes(b)[1] as { color: string }).color = 'fuchsia')), /rooms\[1\]\.board\.notes\[1\] \(id "note-covoit"\): not a valid note/],
      ['duplicate note ids', edit((b) => void (notes(b)[1]!.id = 'note-bus')), /rooms\[1\]\.board\.notes\[1\]: the id "note-bus" appears twice/],
      ['a note id that reaches a prototype', edit((b) => void (notes(b)[0]!.id = '__proto__')), /rooms\[1\]\.board\.notes\[0\]: the note has no valid id/],
      ['a link to a missing note', edit((b) => void (b.rooms[1]!.board.links[0]!.to = 'note-absente')), /rooms\[1\]\.board\.links\[0\] \(id "lien-cause"\): its end "note-absente" is not a note/],
      ['two plenaries', edit((b) => void (b.rooms[1]!.plenary = true)), /exactly one plenary; this file has 2/],
      ['no plenary', edit((b) => void (b.rooms[0]!.plenary = false)), /exactly one plenary; this file has 0/],
      ['duplicate room ids', edit((b) => void (b.rooms[1]!.id = b.rooms[0]!.id)), /rooms\[1\]\.id: the id "[^"]+" appears twice/],
      ['a round naming an unknown room', edit((b) => void (b.votes[0]!.roomIds = ['salle-inconnue'])), /votes\[0\]\.roomIds: "salle-inconnue" is not a room of this file/],
      ['a dot in a room not in its round', edit((b) => void (b.votes[0]!.dots[0]!.roomId = b.rooms[0]!.id)), /votes\[0\]\.dots\[0\]: room "[^"]+" did not take part/],
      ['an unknown top-level key', edit((b) => void (b.extra = true)), /"extra"/],
      ['an unknown board setting', edit((b) => void (b.rooms[1]!.board.meta.schemaVersion = 99)), /rooms\[1\]\.board\.meta\.schemaVersion: unknown setting/],
      ['a person with a made-up role', edit((b) => void ((b.people[0] as { role: string }).role = 'admin')), /people\[0\]\.role/],
      ['no rooms', edit((b) => void (b.rooms = [])), /rooms/],
      ['a title of spaces', edit((b) => void (b.workshop.title = '   ')), /workshop\.title/],
    ];
    const before = tableCounts(server);
    const wrong: string[] = [];
    for (const [what, body, message] of cases) {
      const got = await importBackup(server, body);
      const error = (got.json as { error?: { code: string; message: string } } | undefined)?.error;
      if (got.status !== 400 || error?.code !== 'invalid_backup' || !/^This file cannot be imported\. /.test(error.message) || !message.test(error.message)) {
        wrong.push(`${what} → ${got.status} ${got.text.slice(0, 240)}`);
      }
      expect(tableCounts(server), `${what} created nothing`).toEqual(before);
    }
    expect(wrong).toEqual([]);
    // the file itself was good
    expect((await importBackup(server, text)).status).toBe(201);
    expect(tableCounts(server).workshops).toBe(before.workshops! + 1);
  });

  it('answers 413 to a file over the import limit, and reads one under it', async () => {
    const source = await exportServer();
    const { text } = await exportBackup(source, (await richWorkshop(source)).scene.workshop);
    const limit = Buffer.byteLength(text) + 1024;
    const server = await exportServer({ maxImportBytes: limit });
    const before = tableCounts(server);
    const padded = text.replace('{', `{"padding":"${'x'.repeat(2048)}",`);
    expectDownloadError(await importBackup(server, padded), 413, 'payload_too_large');
    expectDownloadError(await importBackup(server, Buffer.alloc(4 * limit, 0x20)), 413, 'payload_too_large');
    expect(tableCounts(server)).toEqual(before);
    expect((await importBackup(server, text)).status).toBe(201);
  });

  it('refuses a board that would pass this server’s board size limit once built', async () => {
    const source = await exportServer();
    const rich = await richWorkshop(source);
    const { text, backup } = await exportBackup(source, rich.scene.workshop);
    const server = await exportServer({ maxBoardBytes: 16 * 1024 });
    const big = structuredClone(backup);
    const model = big.rooms[1]!.board.notes.find((n) => n.id === 'note-tiers-lieu')!;
    for (let i = 0; i < 40; i++) big.rooms[1]!.board.notes.push({ ...model, id: `note-longue-${String(i).padStart(2, '0')}`, text: `Idée n° ${i} : ${'une phrase assez longue, '.repeat(20)}` });
    big.rooms[1]!.board.notes.sort((a, b) => (a.id < b.id ? -1 : 1));
    const before = tableCounts(server);
    const message = expectDownloadError(await importBackup(server, JSON.stringify(big)), 400, 'invalid_backup');
    expect(message).toMatch(/rooms\[1\]\.board: \d+ bytes once built, over this server's board limit of 16384/);
    expect(tableCounts(server)).toEqual(before);
    // the same workshop without the long notes fits
    expect((await importBackup(server, text)).status).toBe(201);
  });
});

describe('a backup of a workshop that lived', () => {
  it('keeps a removed room that took part in a round, closes a round still open, and counts everyone who took part', async () => {
    const server = await exportServer();
    const scene = await openWorkshop({ rooms: 2, assignment: 'choice' }, server);
    const [kept, removed] = scene.breakouts;
    const amina = await scene.join('Amina', kept!.id);
    const bruno = await scene.join('Bruno', removed!.id);
    await scene.join('Chloé, qui n’écrit rien', kept!.id);
    await writeNotes(scene, amina, kept!.id, [{ id: 'gare', x: 0, y: 0, text: 'Une navette vers la gare' }]);
    await writeNotes(scene, bruno, removed!.id, [{ id: 'velo', x: 0, y: 0, text: 'Des vélos en libre-service' }]);
    const closed = await openRound(scene, {});
    await expectStatus(putDot(scene, closed.voteId, 'gare', amina.token));
    await expectStatus(putDot(scene, closed.voteId, 'velo', bruno.token));
    await expectStatus(closeVote(scene, closed.voteId));
    expect((await scene.admin('DELETE', `/rooms/${removed!.id}`)).status).toBe(204);
    const open = await openRound(scene, { roomIds: [kept!.id] });
    await expectStatus(putDot(scene, open.voteId, 'gare', amina.token));

    const first = await exportBackup(server, scene.workshop);
    expect(first.backup.rooms.map((r) => [r.name, r.archived])).toEqual([
      ['Plénière', false],
      ['Salle 1', false],
      ['Salle 2', true],
    ]);
    expect(first.backup.workshop.participants).toBe(3);
    // the rounds are anonymous: the file counts the voters but names none of them
    expect(first.backup.votes.flatMap((v) => v.dots.map((d) => d.participantId)).sort()).toEqual(['anon-00001', 'anon-00001', 'anon-00002']);
    const imported = await importOk(server, first.text);
    // the removed room stays removed; its board and the round's counts in it are kept
    expect(imported.rooms.map((r) => r.name)).toEqual(['Plénière', 'Salle 1']);
    const second = await exportBackup(server, imported);
    expect(second.backup.rooms.find((r) => r.id === removed!.id)?.board.notes.map((n) => n.text)).toEqual(['Des vélos en libre-service']);
    expect(second.backup.workshop.participants).toBe(3);
    const [wasClosed, wasOpen] = second.backup.votes;
    expect(withoutDots(wasClosed!)).toEqual(withoutDots(first.backup.votes[0]!));
    // the round open at the export is closed as it stood, with its dot counted
    expect(wasOpen).toMatchObject({ status: 'closed', closedAt: first.backup.exportedAt, results: [{ noteId: 'gare', roomId: kept!.id, count: 1 }], votedByRoom: { [kept!.id]: 1 } });
    // export → import → export is the same once nothing is open
    const third = await exportBackup(server, await importOk(server, second.text));
    expect(withoutDate(third.backup)).toEqual(withoutDate(second.backup));
  });

  it('takes invisible and bidi characters out of the names a file brings, as the API does for every name', async () => {
    const server = await exportServer();
    const { backup } = await exportBackup(server, (await openWorkshop({ rooms: 1 }, server)).workshop);
    backup.workshop.title = 'Atelier \u202egnilleiv\u202c\u200b mobilité';
    backup.rooms[1]!.name = 'Salle\u0007 1';
    const imported = await importOk(server, JSON.stringify(backup));
    expect(imported.title).toBe('Atelier gnilleiv mobilité');
    expect(imported.rooms[1]!.name).toBe('Salle 1');
    backup.workshop.title = '\u200b\u202e';
    const refused = await importBackup(server, JSON.stringify(backup));
    expectDownloadError(refused, 400, 'invalid_backup');
    expect(refused.text).toMatch(/workshop\.title: nothing is left of it/);
  });
});

const withoutDots = ({ dots: _dots, ...round }: WorkshopBackup['votes'][number]) => round;
