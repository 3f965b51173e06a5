import { isDeepStrictEqual } from 'node:util';
import * as encoding from 'lib0/encoding';
import { expect } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, CLOSE_CODES, setBoardPolicy, type BoardPolicy } from '@essaim/shared';
import { sampleNote, storedDoc, useProvider, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced, type TestProvider } from './providers.js';
import { syncUpdateFrame } from './rawClient.js';
import { openRawSocket, type RawSocket } from './rawSocket.js';
import type { TestServer } from './startServer.js';
import { openWorkshop } from './workshopScene.js';

/** Many joins a minute; the restarted server gets the same. */
const SERVER_CONFIG = { joinRateLimit: 1000 };

/** The three notes on the board, each under its author's name. */
export const NOTE = { lina: 'note-lina', marc: 'note-marc', facilitator: 'note-facilitator' } as const;

export interface Person {
  participantId: string;
  token: string;
}

export interface CraftedScene {
  server: TestServer;
  /** `w/<workshopId>/r/<plenaryId>`: the workshop has no breakout room, so everybody works on this board */
  board: string;
  /** `w/<workshopId>`: the workshop document */
  workshopDoc: string;
  facilitator: Person;
  /** participants */
  lina: Person;
  marc: Person;
  observer: Person;
  /** the facilitator's standard client on the board: wrote the notes (and the policy); its items have the server's IDs */
  writer: TestProvider;
  /** Lina's standard client on the workshop document, for the IDs of its items */
  workshopReader: TestProvider;
}

/**
 * A workshop without breakout rooms: Lina and Marc (participants), an observer and the
 * facilitator, whose standard client writes one note by each of them (and `policy`, if given,
 * into the board's `meta`). Everything is on the server when it returns.
 */
export async function openCraftedScene(options: { policy?: Partial<BoardPolicy> } = {}): Promise<CraftedScene> {
  const scene = await openWorkshop({}, await useServer(SERVER_CONFIG));
  const lina = await scene.join('Lina');
  const marc = await scene.join('Marc');
  const observer = await scene.invite('observer', 'Observatoire');
  const facilitator = { participantId: scene.workshop.facilitatorId, token: scene.workshop.facilitatorToken };
  const board = scene.board(scene.plenary.id);

  const writer = scene.connect(board, facilitator.token);
  const workshopReader = scene.connect(scene.docName, lina.token);
  await whenSynced(writer);
  await whenSynced(workshopReader);
  writeNote(writer.doc, sampleNote(NOTE.lina, lina.participantId, { x: 0 }));
  writeNote(writer.doc, sampleNote(NOTE.marc, marc.participantId, { x: 200 }));
  writeNote(writer.doc, sampleNote(NOTE.facilitator, facilitator.participantId, { x: 400 }));
  if (options.policy) setBoardPolicy(writer.doc, options.policy);
  await untilServerHas(scene.server, board, writer.doc);
  return { server: scene.server, board, workshopDoc: scene.docName, facilitator, lina, marc, observer, writer, workshopReader };
}

/** Waits until the server's copy of `docName` holds everything `doc` (a standard client of it) has written or received. */
export async function untilServerHas(server: TestServer, docName: string, doc: Y.Doc, timeoutMs = 10_000): Promise<void> {
  const expected = Y.encodeStateVector(doc);
  await waitFor(
    async () => Buffer.from(await server.rooms.withDoc(docName, (room) => Y.encodeStateVector(room.doc))).equals(expected),
    timeoutMs,
    `the server to have every change of ${docName}`,
  );
}

/** A raw socket on `docName` that the server has let in (its sync step 1 arrived). */
export async function openCraftedSocket(server: TestServer, docName: string, token: string): Promise<RawSocket> {
  const raw = openRawSocket(server.wsUrl, docName, token);
  await raw.opened;
  await waitFor(() => raw.messages.length > 0, 5000, 'the server to let the socket in');
  return raw;
}

const isSyncStep2 = (message: Buffer): boolean => message[0] === 0 && message[1] === 1;

/** A sync step 1 with an empty state vector: the server answers it only on a connection it keeps. */
function syncStep1Frame(): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(e);
}

/**
 * Sends `update` as one y-websocket sync-update frame (0, 2, bytes), then a sync step 1 on the same
 * socket. The server handles a socket's frames in order: either it closes the socket over the
 * update, or it answers the step 1 — it took the update. `hangGuardMs` only bounds a server
 * that does neither; it measures nothing.
 */
export async function sendCrafted(raw: RawSocket, update: Uint8Array, hangGuardMs = 10_000): Promise<string> {
  let closedWith: number | null = null;
  void raw.closed.then(({ code }) => (closedWith = code));
  const answered = (): number => raw.messages.filter(isSyncStep2).length;
  const answersBefore = answered();
  raw.socket.send(syncUpdateFrame(update));
  raw.socket.send(syncStep1Frame());
  await waitFor(() => closedWith !== null || answered() > answersBefore, hangGuardMs, 'the server to refuse the update or answer the message after it');
  return closedWith !== null ? `closed with ${closedWith}` : 'accepted: the connection stays open';
}

/** What a document holds, entry by entry: `root.key` for map entries, `root[i]` for array items. */
function entriesOf(bytes: Uint8Array): Map<string, string> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytes);
  const entries = new Map<string, string>();
  for (const [root, type] of doc.share) {
    for (const [key, item] of type._map) if (!item.deleted) entries.set(`${root}.${key}`, JSON.stringify(item.content.getContent()));
    let i = 0;
    for (let item = type._start; item; item = item.right) if (!item.deleted && item.countable) entries.set(`${root}[${i++}]`, JSON.stringify(item.content.getContent()));
  }
  if (doc.store.pendingStructs || doc.store.pendingDs) entries.set('(pending, not integrated)', 'yes');
  doc.destroy();
  return entries;
}

const shortList = (keys: string[]): string => (keys.length > 4 ? `${keys.slice(0, 4).join(', ')}… (${keys.length})` : keys.join(', '));

/** 'unchanged' when the bytes are the same, else what differs (entries removed, added, altered). */
function describeChange(before: Uint8Array, after: Uint8Array): string {
  if (Buffer.from(before).equals(Buffer.from(after))) return 'unchanged';
  const a = entriesOf(before);
  const b = entriesOf(after);
  const removed = [...a.keys()].filter((k) => !b.has(k));
  const added = [...b.keys()].filter((k) => !a.has(k));
  const altered = [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k));
  if (removed.length + added.length + altered.length === 0) return 'changed bytes (same entries: structs or tombstones only)';
  return `changed — removed: [${shortList(removed)}], added: [${shortList(added)}], altered: [${shortList(altered)}]`;
}

/** The document as stored, once storage has caught up with the server's copy (same state vector and delete set). */
async function settledBytes(server: TestServer, docName: string): Promise<Uint8Array> {
  let bytes: Uint8Array = new Uint8Array();
  await waitFor(
    async () => {
      const stored = await storedDoc(server.storage, docName);
      const same = await server.rooms.withDoc(docName, (room) => Y.equalSnapshots(Y.snapshot(room.doc), Y.snapshot(stored)));
      bytes = Y.encodeStateAsUpdate(stored);
      return same;
    },
    10_000,
    `storage to catch up with the server's copy of ${docName}`,
  );
  return bytes;
}

const liveBytes = (server: TestServer, docName: string): Promise<Uint8Array> => server.rooms.withDoc(docName, (room) => Y.encodeStateAsUpdate(room.doc));

/** The notes, by key: a Map, so that a key such as `__proto__` stays a key. */
function notesIn(doc: Y.Doc): Map<string, unknown> {
  return new Map(boardMaps(doc).notes.entries());
}

function notesInBytes(bytes: Uint8Array): Map<string, unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytes);
  const notes = notesIn(doc);
  doc.destroy();
  return notes;
}

function compareNotes(before: Map<string, unknown>, seen: Map<string, unknown>): string {
  if (isDeepStrictEqual(before, seen)) return 'sees every note';
  const missing = [...before.keys()].filter((k) => !seen.has(k));
  const extra = [...seen.keys()].filter((k) => !before.has(k));
  const altered = [...before.keys()].filter((k) => seen.has(k) && !isDeepStrictEqual(before.get(k), seen.get(k)));
  return `differs — missing: [${shortList(missing)}], extra: [${shortList(extra)}], altered: [${shortList(altered)}]`;
}

export interface CraftedAttack {
  /** who sends it (their token opens the socket) */
  from: Person;
  /** the document it is sent to: the board unless told */
  to?: string;
  update: Uint8Array;
  /** the close expected: 4409 RefusedChange unless told (4400 BadMessage for bytes that are no update) */
  code?: number;
}

/**
 * Sends the crafted update and expects the refusal, with the board and the workshop document
 * byte for byte what they were — in the server's memory, in storage, and in storage after a
 * restart on the same data — and a fresh standard client seeing every note. Ends the scene: its
 * server is stopped (a restarted one, stopped when the test ends, serves the data).
 */
export async function expectRefusedAndUnchanged(scene: CraftedScene, { from, to = scene.board, update, code = CLOSE_CODES.RefusedChange }: CraftedAttack): Promise<void> {
  await untilServerHas(scene.server, scene.board, scene.writer.doc);
  await untilServerHas(scene.server, scene.workshopDoc, scene.workshopReader.doc);
  const before = { board: await settledBytes(scene.server, scene.board), workshop: await settledBytes(scene.server, scene.workshopDoc) };

  const verdict = await sendCrafted(await openCraftedSocket(scene.server, to, from.token), update);

  const inMemory = {
    board: describeChange(before.board, await liveBytes(scene.server, scene.board)),
    workshop: describeChange(before.workshop, await liveBytes(scene.server, scene.workshopDoc)),
  };
  const stored = {
    board: describeChange(before.board, await settledBytes(scene.server, scene.board)),
    workshop: describeChange(before.workshop, await settledBytes(scene.server, scene.workshopDoc)),
  };

  await scene.server.stop();
  const restarted = await useServer(SERVER_CONFIG, scene.server.dataDir);
  const afterRestart = {
    board: describeChange(before.board, Y.encodeStateAsUpdate(await storedDoc(restarted.storage, scene.board))),
    workshop: describeChange(before.workshop, Y.encodeStateAsUpdate(await storedDoc(restarted.storage, scene.workshopDoc))),
  };
  const fresh = useProvider(restarted.wsUrl, scene.board, scene.facilitator.token);
  await whenSynced(fresh);
  const freshClient = compareNotes(notesInBytes(before.board), notesIn(fresh.doc));

  const unchanged = { board: 'unchanged', workshop: 'unchanged' };
  expect({ verdict, inMemory, stored, afterRestart, freshClient }).toEqual({
    verdict: `closed with ${code}`,
    inMemory: unchanged,
    stored: unchanged,
    afterRestart: unchanged,
    freshClient: 'sees every note',
  });
}
