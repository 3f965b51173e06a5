import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import {
  boardMaps,
  readBoardBackup,
  type BackupBoard,
  type BackupPerson,
  type BackupVoteRound,
  type CreateWorkshopResponse,
  type Link,
  type Note,
  type WorkshopBackup,
} from '@essaim/shared';
import { exportBackup, importBackup, settled, type Download } from './exportScene.js';
import { whenSynced, type TestProvider } from './providers.js';
import { startServer, type TestServer } from './startServer.js';
import type { Config } from '../src/config.js';
import type { WorkshopScene } from './workshopScene.js';

/**
 * The red team's tools for issue 14: backup files written by hand (what a modified client or a
 * forged file can hold), boards written as a participant, and timings of the server meanwhile.
 */

export const PLENARY_ID = 'pleniere';

/** A note as Essaim writes it, with `over` changed. */
export function plainNote(id: string, x: number, y: number, over: Partial<Note> = {}): Note {
  return { id, text: `Idée ${id}`, color: 'yellow', x, y, width: 160, height: 160, authorId: 'auteur', createdAt: 1_780_000_000_000, ...over };
}

export function causeLink(id: string, from: string, to: string): Link {
  return { id, from, to, kind: 'cause' };
}

export interface CraftedRoom {
  id: string;
  name?: string;
  plenary?: boolean;
  color?: string;
  board?: Partial<BackupBoard>;
}

/**
 * A backup file as an export writes it, made of `rooms` (the first one the plenary unless told
 * otherwise), on the shape of `base` (a real export, so the file follows the format as it is).
 */
export function craftBackup(
  base: WorkshopBackup,
  options: { title?: string; rooms?: CraftedRoom[]; people?: BackupPerson[]; votes?: BackupVoteRound[]; workshop?: Partial<WorkshopBackup['workshop']> } = {},
): WorkshopBackup {
  const rooms = options.rooms ?? [{ id: PLENARY_ID }];
  const model = base.rooms[0]!;
  const byId = <T extends { id: string }>(list: T[] | undefined): T[] => [...(list ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...base,
    workshop: { ...base.workshop, title: options.title ?? 'Atelier forgé', ...options.workshop },
    rooms: rooms.map((r, i) => ({
      ...model,
      id: r.id,
      name: r.name ?? (i === 0 ? 'Plénière' : `Salle ${i}`),
      plenary: r.plenary ?? i === 0,
      color: r.color ?? '#4f46e5',
      position: i,
      board: { notes: byId(r.board?.notes), frames: byId(r.board?.frames), links: byId(r.board?.links), groups: byId(r.board?.groups), labels: byId(r.board?.labels), meta: r.board?.meta ?? {} },
    })),
    people: options.people ?? [{ id: 'auteur', name: 'Auteur', role: 'participant' }],
    votes: options.votes ?? [],
  };
}

const bases = new WeakMap<TestServer, Promise<WorkshopBackup>>();

/** The backup of an empty workshop of `server`: the shape `craftBackup` fills. */
export function baseBackup(server: TestServer): Promise<WorkshopBackup> {
  let base = bases.get(server);
  if (!base) {
    base = (async () => {
      const workshop = await server.createWorkshop('Modèle');
      return (await exportBackup(server, workshop)).backup;
    })();
    bases.set(server, base);
  }
  return base;
}

/** A backup of `rooms` for `server`, imported (must answer 201): the new workshop. */
export async function importRooms(server: TestServer, rooms: CraftedRoom[], options: Omit<Parameters<typeof craftBackup>[1], 'rooms'> = {}): Promise<CreateWorkshopResponse> {
  return importCrafted(server, craftBackup(await baseBackup(server), { ...options, rooms }));
}

/** Imports `backup` (must answer 201) and returns the new workshop. */
export async function importCrafted(server: TestServer, backup: WorkshopBackup | string): Promise<CreateWorkshopResponse> {
  const got = await importBackup(server, typeof backup === 'string' ? backup : JSON.stringify(backup));
  expect(got.status, got.text.slice(0, 300)).toBe(201);
  return got.json as CreateWorkshopResponse;
}

/** What an answer was and how long it took; `status` 0 when the client gave up waiting after `deadlineMs`. */
export interface Timed {
  status: number;
  ms: number;
  text: string;
  headers: Headers | null;
  bytes: number;
}

/** Writes `entries` onto a board through `writer` (a participant's socket), `perUpdate` entries a transaction, within the struct budget of a person. */
export async function writeInBatches(scene: WorkshopScene, roomId: string, writer: TestProvider, entries: { map: 'notes' | 'links' | 'groups'; value: { id: string } }[], perUpdate = 2000): Promise<void> {
  await whenSynced(writer);
  for (let i = 0; i < entries.length; i += perUpdate) {
    writer.doc.transact(() => {
      for (const { map, value } of entries.slice(i, i + perUpdate)) (boardMaps(writer.doc)[map] as Y.Map<unknown>).set(value.id, value);
    });
    // the person's struct budget refills at 3,000 a second
    await new Promise((r) => setTimeout(r, Math.ceil((perUpdate / 3000) * 1000)));
  }
  await settled(scene, roomId, writer.doc);
}

export const statusOf = (got: Download): string => `${got.status} ${got.text.slice(0, 200)}`;

/**
 * The longest the event loop (the server's: it runs in this process) was held while `work` ran —
 * the largest gap between two ticks of a 5 ms interval, less the interval — in ms, and the peak
 * resident memory of the process (workers included), in MB.
 */
export async function loopWhile<T>(work: () => Promise<T>): Promise<{ result: T; maxLagMs: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  let last = performance.now();
  let maxGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const result = await work();
    // the gap that ends with the work: a block just before it returned
    await new Promise((r) => setTimeout(r, 20));
    return { result, maxLagMs: Math.max(0, Math.round(maxGap - 5)), peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20) };
  } finally {
    clearInterval(ticker);
  }
}

/**
 * A server whose join, create and import budgets stay out of the way (as `exportServer`'s), disposed when the test ends with time to spare: a test that fails
 * because an export runs on leaves a worker busy, and closing waits for it.
 */
export async function redServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const server = await startServer({ joinRateLimit: 1000, createRateLimit: 1000, importRateLimit: 1000, ...overrides });
  onTestFinished(() => server.dispose(), 120_000);
  return server;
}

/** A PNG's width and height, from its header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A `GET` of an export kind of `workshop` with `token`, given up after `deadlineMs`. */
export function timedExport(
  server: TestServer,
  workshop: Pick<CreateWorkshopResponse, 'workshopId'>,
  kind: 'pdf' | 'png' | 'csv' | 'json',
  token: string,
  deadlineMs: number,
  query = '',
  roomId = PLENARY_ID,
  signal?: AbortSignal,
): Promise<Timed & { body: Buffer }> {
  const base = `/api/workshops/${workshop.workshopId}`;
  const path = `${kind === 'png' ? `${base}/rooms/${roomId}/export.png` : `${base}/export.${kind}`}${query ? `?${query}` : ''}`;
  return timedBody(server, path, token, deadlineMs, signal);
}

async function timedBody(server: TestServer, path: string, token: string, deadlineMs: number, signal?: AbortSignal): Promise<Timed & { body: Buffer }> {
  const start = performance.now();
  try {
    const deadline = AbortSignal.timeout(deadlineMs);
    const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${token}` }, signal: signal ? AbortSignal.any([deadline, signal]) : deadline });
    const body = Buffer.from(await res.arrayBuffer());
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, ms: Math.round(performance.now() - start), text: /json|csv/.test(type) ? body.toString('utf8').slice(0, 400) : '', headers: res.headers, bytes: body.length, body };
  } catch {
    return { status: 0, ms: Math.round(performance.now() - start), text: `no answer within ${deadlineMs} ms`, headers: null, bytes: 0, body: Buffer.alloc(0) };
  }
}

/** The bytes of the server's database on disk (with its write-ahead log). */
export function databaseBytes(server: TestServer): number {
  return ['', '-wal'].reduce((sum, suffix) => {
    try {
      return sum + statSync(join(server.dataDir, `essaim.sqlite${suffix}`)).size;
    } catch {
      return sum;
    }
  }, 0);
}

/** The entries of a board built with the real operations, as a backup file holds them. */
export function boardOf(fill: (doc: Y.Doc) => void): ReturnType<typeof readBoardBackup> {
  const doc = new Y.Doc();
  fill(doc);
  return readBoardBackup(doc);
}

export const ctx = { authorId: 'auteur', now: 1_780_000_000_000 };

/** A closed round of the plenary as a backup file holds it, with `over` changed. */
export function closedRound(over: Partial<BackupVoteRound> = {}): BackupVoteRound {
  return {
    number: 1,
    roomIds: [PLENARY_ID],
    scope: { kind: 'board' },
    dotsPerPerson: 3,
    maxPerNote: 3,
    anonymous: true,
    resultsVisible: 'after',
    durationSeconds: null,
    status: 'closed',
    openedAt: 1_780_000_000_000,
    openedBy: 'auteur',
    closedAt: 1_780_000_100_000,
    votedByRoom: { [PLENARY_ID]: 1 },
    results: [{ noteId: 'vraie', roomId: PLENARY_ID, count: 3 }],
    turnout: { voted: 1, eligible: 1 },
    byRoom: [{ roomId: PLENARY_ID, voted: 1, eligible: 1, dots: 3 }],
    copies: {},
    votersShared: false,
    dots: [{ participantId: 'auteur', noteId: 'vraie', roomId: PLENARY_ID, count: 3 }],
    ...over,
  };
}
