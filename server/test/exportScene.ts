import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect } from 'vitest';
import * as Y from 'yjs';
import {
  createFrame,
  createLabel,
  createLink,
  createNote,
  groupNotes,
  readBoardBackup,
  roomDocName,
  setBoardPolicy,
  setCategories,
  updateNotes,
  workshopDocName,
  type CreateWorkshopResponse,
  type JoinResponse,
  type NoteColor,
  type WorkshopBackup,
} from '@essaim/shared';
import type { Config } from '../src/config.js';
import { useProvider, useServer } from './openBoard.js';
import { waitFor, whenSynced, type TestProvider } from './providers.js';
import { bearer, request } from './request.js';
import type { TestServer } from './startServer.js';
import { closeVote, expectStatus, openRound, putDot, writeNotes } from './voteScene.js';
import { openWorkshop, type WorkshopOptions, type WorkshopScene } from './workshopScene.js';

/**
 * Exports and imports from outside (docs/API.md, « Exports and import »): downloads as bytes, the
 * import call, the rows a database holds, and a workshop holding every kind of board content.
 */

/** A server whose join and create budgets do not get in the way of a test's many calls. */
export function exportServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  return useServer({ joinRateLimit: 1000, createRateLimit: 1000, importRateLimit: 1000, ...overrides });
}

export type ExportKind = 'pdf' | 'png' | 'csv' | 'json';

/** What a download gave: status, headers and the body's bytes as sent (`text` decodes them without dropping a BOM). */
export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
  /** the parsed body of a JSON answer (error or backup), else undefined */
  json: unknown;
}

async function toDownload(res: Response): Promise<Download> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let json: unknown;
  if ((res.headers.get('content-type') ?? '').includes('json')) json = JSON.parse(text) as unknown;
  return { status: res.status, headers: res.headers, bytes, text, json };
}

/** The path of an export; `roomId` is the PNG's room (the plenary when not given). */
export function exportPath(workshop: Pick<CreateWorkshopResponse, 'workshopId' | 'rooms'>, kind: ExportKind, query = '', roomId?: string): string {
  const base = `/api/workshops/${workshop.workshopId}`;
  const room = roomId ?? workshop.rooms.find((r) => r.plenary)!.id;
  const path = kind === 'png' ? `${base}/rooms/${room}/export.png` : `${base}/export.${kind}`;
  return query ? `${path}?${query}` : path;
}

/** `GET` an export with `token` (none when null). */
export async function download(
  server: TestServer,
  workshop: Pick<CreateWorkshopResponse, 'workshopId' | 'rooms'>,
  kind: ExportKind,
  token: string | null,
  query = '',
  roomId?: string,
): Promise<Download> {
  return toDownload(await fetch(server.url + exportPath(workshop, kind, query, roomId), { headers: bearer(token ?? undefined) }));
}

/** The backup file of a workshop, as the facilitator downloads it (must be 200). */
export async function exportBackup(server: TestServer, workshop: Pick<CreateWorkshopResponse, 'workshopId' | 'rooms' | 'facilitatorToken'>): Promise<{ text: string; backup: WorkshopBackup }> {
  const got = await download(server, workshop, 'json', workshop.facilitatorToken);
  expect(got.status, got.text.slice(0, 300)).toBe(200);
  return { text: got.text, backup: got.json as WorkshopBackup };
}

/** `POST /api/workshops/import` with `body` as it is; `?name=` when given. */
export async function importBackup(
  server: TestServer,
  body: string | Buffer | undefined,
  options: { name?: string; token?: string; contentType?: string; path?: string } = {},
): Promise<Download> {
  const query = options.name === undefined ? '' : `?name=${encodeURIComponent(options.name)}`;
  const res = await fetch(server.url + (options.path ?? `/api/workshops/import${query}`), {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'application/json', ...bearer(options.token) },
    body,
  });
  return toDownload(res);
}

/** The error of a download: status, JSON, its code and a readable sentence; returns the message. */
export function expectDownloadError(got: Download, status: number, code: string): string {
  expect(got.status, got.text.slice(0, 300)).toBe(status);
  expect(got.headers.get('content-type') ?? '').toMatch(/^application\/json/);
  const { error } = got.json as { error: { code: string; message: string } };
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/^[A-Z].{10,}/);
  return error.message;
}

const COUNTED = ['workshops', 'rooms', 'participants', 'vote_rounds', 'vote_dots', 'doc_snapshots', 'doc_updates'] as const;

/** How many rows each table of the server's database holds, read on a connection of its own. */
export function tableCounts(server: TestServer): Record<string, number> {
  const db = new Database(join(server.dataDir, 'essaim.sqlite'), { readonly: true });
  try {
    return Object.fromEntries(COUNTED.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

/** Runs `edit` on a facilitator's copy of a board, then waits until a fresh copy from the server holds the same content. */
export async function facilitatorEdit(scene: WorkshopScene, roomId: string, edit: (doc: Y.Doc) => void, token = scene.workshop.facilitatorToken): Promise<TestProvider> {
  const writer = scene.connect(scene.board(roomId), token);
  await whenSynced(writer);
  edit(writer.doc);
  await settled(scene, roomId, writer.doc);
  return writer;
}

/** Waits until the server's copy of a board holds what `doc` holds. */
export async function settled(scene: WorkshopScene, roomId: string, doc: Y.Doc): Promise<void> {
  const want = JSON.stringify(readBoardBackup(doc));
  const watcher = scene.connect(scene.board(roomId), scene.workshop.facilitatorToken);
  await whenSynced(watcher);
  await waitFor(() => JSON.stringify(readBoardBackup(watcher.doc)) === want, 5000, 'the board on the server');
  watcher.destroy();
}

/** One note the rich workshop holds, as a CSV row should show it (French). */
export interface ExpectedNote {
  id: string;
  room: string;
  zone: string;
  cluster: string;
  category: string;
  text: string;
  color: string;
  votes: number;
  author: string;
}

export interface RichWorkshop {
  scene: WorkshopScene;
  roomId: string;
  lina: JoinResponse;
  marc: JoinResponse;
  voteId: string;
  notes: ExpectedNote[];
}

const FR_COLORS: Record<NoteColor, string> = { yellow: 'jaune', orange: 'orange', pink: 'rose', violet: 'violet', blue: 'bleu', green: 'vert', grey: 'gris' };

type NoteSpec = { id: string; x: number; y: number; text: string; color: NoteColor; zone?: string; cluster?: string; category?: string; votes?: number };

const ROOM = 'Salle Limoux';
const ZONE = 'Besoins prioritaires';
const CLUSTER = 'Mobilité douce';
// inside the zone (0,0 → 800×600) or well away from it
const LINA_NOTES: NoteSpec[] = [
  { id: 'note-bus', x: 200, y: 200, text: 'Un bus le samedi « matin »\nà Limoux, même l’été', color: 'yellow', zone: ZONE, category: 'Aînés', votes: 3 },
  { id: 'note-epicerie', x: 600, y: 400, text: 'Épicerie solidaire — œuvre commune', color: 'green', zone: ZONE, votes: 1 },
  { id: 'note-velo', x: 1300, y: 100, text: 'Pistes cyclables sûres', color: 'blue', cluster: CLUSTER, category: 'Jeunes', votes: 1 },
  { id: 'note-covoit', x: 1500, y: 100, text: 'Covoiturage vers l’hôpital', color: 'orange', cluster: CLUSTER },
];
const MARC_NOTES: NoteSpec[] = [
  { id: 'note-isolement', x: 1300, y: 900, text: 'Isolement des aînés', color: 'pink', votes: 1 },
  { id: 'note-soir', x: 1300, y: 1200, text: 'Pas de transport le soir', color: 'violet' },
  { id: 'note-visites', x: 1300, y: 600, text: 'Moins de visites', color: 'grey' },
  { id: 'note-tiers-lieu', x: 2400, y: 2400, text: 'Un tiers-lieu', color: 'yellow' },
];
const PLENARY_NOTE = { id: 'note-synthese', x: 0, y: 0, text: 'Synthèse\u00a0: « aller vers » les habitants', color: 'yellow' as NoteColor };

/**
 * A workshop with one breakout room holding every kind of content: a zone, a heading, categories,
 * a cluster, a cause and a consequence link, notes by two participants (accents, guillemets, a line
 * break), a closed named round with dots, a locked board; and a facilitator's note in the plenary.
 */
export async function richWorkshop(server: TestServer, options: WorkshopOptions = {}): Promise<RichWorkshop> {
  const scene = await openWorkshop({ title: 'Atelier « mobilité » — Aude', name: 'Claire', rooms: 1, roomNames: [ROOM], assignment: 'choice', ...options }, server);
  const roomId = scene.breakouts[0]!.id;
  const plenaryId = scene.plenary.id;
  const lina = await scene.join('Lina', roomId);
  const marc = await scene.join('Marc', roomId);

  await facilitatorEdit(scene, roomId, (doc) => {
    createFrame(doc, { id: 'zone-besoins', x: 0, y: 0, width: 800, height: 600, title: ZONE, color: 'green' });
    createLabel(doc, { id: 'titre-etape', text: 'Étape 1\u00a0: les besoins', x: 0, y: -160 });
    setCategories(doc, [{ id: 'cat-jeunes', name: 'Jeunes', color: 'blue' }, { id: 'cat-aines', name: 'Aînés', color: 'violet' }]);
  });
  await writeNotes(scene, lina, roomId, LINA_NOTES);
  await writeNotes(scene, marc, roomId, MARC_NOTES);
  const now = Date.now();
  await facilitatorEdit(scene, roomId, (doc) => {
    groupNotes(doc, { id: 'grp-mobilite', title: CLUSTER, noteIds: ['note-velo', 'note-covoit'] }, now);
    updateNotes(doc, new Map([['note-bus', { categoryId: 'cat-aines' }], ['note-velo', { categoryId: 'cat-jeunes' }]]), now);
    expect(createLink(doc, { id: 'lien-cause', from: 'note-soir', to: 'note-isolement', kind: 'cause' })).not.toBeNull();
    expect(createLink(doc, { id: 'lien-consequence', from: 'note-isolement', to: 'note-visites', kind: 'consequence' })).not.toBeNull();
  });
  await facilitatorEdit(scene, plenaryId, (doc) => {
    createNote(doc, PLENARY_NOTE, { authorId: scene.workshop.facilitatorId, now });
    setBoardPolicy(doc, { editAll: true });
  });

  const { voteId } = await openRound(scene, { roomIds: [roomId], dotsPerPerson: 3, maxPerNote: 2, anonymous: false });
  for (const id of ['note-bus', 'note-bus', 'note-velo']) await expectStatus(putDot(scene, voteId, id, lina.token));
  for (const id of ['note-bus', 'note-isolement', 'note-epicerie']) await expectStatus(putDot(scene, voteId, id, marc.token));
  await expectStatus(closeVote(scene, voteId));
  // locked last: the round's dots are HTTP calls, not board writes
  await facilitatorEdit(scene, roomId, (doc) => void setBoardPolicy(doc, { locked: true, lockedBy: 'Claire' }));

  const row = (spec: NoteSpec, room: string, author: string): ExpectedNote => ({
    id: spec.id,
    room,
    zone: spec.zone ?? '',
    cluster: spec.cluster ?? '',
    category: spec.category ?? '',
    text: spec.text,
    color: FR_COLORS[spec.color],
    votes: spec.votes ?? 0,
    author,
  });
  const notes = [
    row(PLENARY_NOTE, scene.plenary.name, 'Claire'),
    ...LINA_NOTES.map((n) => row(n, ROOM, 'Lina')),
    ...MARC_NOTES.map((n) => row(n, ROOM, 'Marc')),
  ];
  return { scene, roomId, lina, marc, voteId, notes };
}

/** The calls of a workshop an import created (its facilitator's token), as `openWorkshop` gives them. */
export function sceneOf(server: TestServer, workshop: CreateWorkshopResponse): WorkshopScene {
  const id = workshop.workshopId;
  return {
    server,
    workshop,
    plenary: workshop.rooms.find((r) => r.plenary)!,
    breakouts: workshop.rooms.filter((r) => !r.plenary),
    docName: workshopDocName(id),
    board: (roomId) => roomDocName(id, roomId),
    join: (name, roomId) => server.join(workshop.joinCode, name, roomId),
    invite: async (role, name) => {
      const answer = await request<JoinResponse>(server.url, '/api/join', { json: { invite: workshop.invites[role], name } });
      if (answer.status !== 200) throw new Error(`invite → ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    },
    admin: (method, path, json, token = workshop.facilitatorToken) =>
      request(server.url, `/api/workshops/${id}${path}`, { method, json, headers: bearer(token ?? undefined) }),
    connect: (docName, token) => useProvider(server.wsUrl, docName, token),
  };
}

/** `count` notes written by the facilitator on a board in one change, with texts of some length, once the server holds them. */
export async function bigBoard(scene: WorkshopScene, roomId: string, count: number): Promise<void> {
  await facilitatorEdit(scene, roomId, (doc) => {
    doc.transact(() => {
      for (let i = 0; i < count; i++) {
        const text = `Idée n° ${i}\u00a0: ${'améliorer la mobilité des habitants du territoire, '.repeat(1 + (i % 3))}`;
        createNote(doc, { id: `gros-${i}`, x: (i % 40) * 200, y: Math.floor(i / 40) * 200, text }, { authorId: scene.workshop.facilitatorId, now: Date.now() });
      }
    });
  });
}

/** Milliseconds each `GET /healthz` took, asked one after the other until `work` settles (each must answer 200). */
export async function healthWhile(server: TestServer, work: Promise<unknown>): Promise<number[]> {
  let settledWork = false;
  void work.finally(() => (settledWork = true)).catch(() => {});
  const times: number[] = [];
  do {
    const start = performance.now();
    const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    times.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 10));
  } while (!settledWork);
  return times;
}

/** The p-th percentile of `values` (0–100), rounded to 0.1. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[at] ?? 0) * 10) / 10;
}
