import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  boardMaps,
  CLOSE_CODES,
  migrateLocalEntries,
  readSchemaVersion,
  SCHEMA_PARAM,
  SCHEMA_VERSION,
  SCHEMA_VERSION_KEY,
  workshopDocName,
  type Note,
} from '@essaim/shared';
import { noteIds, openBoard, sampleNote, storedDoc, writeNote, type Board } from './openBoard.js';
import { waitFor, whenSynced, type TestProvider } from './providers.js';

/**
 * The standard y-websocket client on an existing document (what a page opens over its offline
 * copy), declaring the schema it was built for, or nothing. It gives up on 44xx codes, as the
 * provider does by default.
 */
function connectDoc(board: Board, doc: Y.Doc, schema?: number, docName = board.docName): TestProvider {
  const provider = new WebsocketProvider(board.server.wsUrl, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: board.participant.token, ...(schema === undefined ? {} : { [SCHEMA_PARAM]: String(schema) }) },
    disableBc: true,
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  const p = { doc, provider, closeCodes, destroy: () => provider.destroy() };
  onTestFinished(() => p.destroy());
  return p;
}

/** A copy of `doc` as its offline copy gives it back to the next page: the same updates, a new client id. */
function reopened(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  onTestFinished(() => copy.destroy());
  return copy;
}

/**
 * The board as a server of schema `version` stored it (a note by someone else), and an old
 * client's offline copy of it, last synced then, with notes written offline and never sent.
 */
async function oldBoardAndOfflineCopy(board: Board, version: number, offlineNotes: Note[]): Promise<Y.Doc> {
  const old = new Y.Doc();
  old.transact(() => {
    if (version > 1) boardMaps(old).meta.set(SCHEMA_VERSION_KEY, version);
    writeNote(old, sampleNote('theirs', 'someone-else'));
  });
  await board.server.storage.appendUpdate(board.docName, Y.encodeStateAsUpdate(old));
  const offline = reopened(old);
  old.destroy();
  offline.transact(() => {
    for (const note of offlineNotes) writeNote(offline, note);
  });
  return offline;
}

/** What everyone sees: a third client that reads the board from the server. */
async function readBack(board: Board, expected: string[]): Promise<Y.Doc> {
  const reader = board.connect(board.workshop.facilitatorToken);
  await whenSynced(reader);
  await waitFor(() => noteIds(reader.doc).join() === expected.join(), 5000, `the board to hold ${expected.join(', ')}`);
  return reader.doc;
}

describe('schema handshake: a client built for an older board schema', () => {
  it('is closed with 4426 before any sync, then, reloaded, sends its offline notes: nothing lost, nothing refused', async () => {
    const board = await openBoard();
    const me = board.participant.participantId;
    // notes in the shape version 2 wrote them: no category field
    const mine = [sampleNote('n1', me, { text: 'écrite hors ligne' }), sampleNote('n2', me, { x: 400, color: 'blue' })];
    const offline = await oldBoardAndOfflineCopy(board, 2, mine);

    const old = connectDoc(board, offline, 2);
    await waitFor(() => old.closeCodes.length > 0, 5000, 'the old client to be closed');
    expect(old.closeCodes).toEqual([CLOSE_CODES.SchemaOutdated]);
    // it heard nothing (not even the board's new version) and the provider does not try again
    expect(old.provider.synced).toBe(false);
    expect(readSchemaVersion(offline)).toBe(2);
    await new Promise((r) => setTimeout(r, 400));
    expect(old.closeCodes).toEqual([CLOSE_CODES.SchemaOutdated]);
    expect(noteIds(await storedDoc(board.server.storage, board.docName))).toEqual(['theirs']);
    old.destroy();

    // the reload: the current client opens the same offline copy and brings it to the current shapes first
    const copy = reopened(offline);
    expect(migrateLocalEntries(copy, { participantId: me, role: 'participant' })).toEqual({ from: 2, rewritten: 0, skipped: 0 });
    const current = connectDoc(board, copy, SCHEMA_VERSION);
    await whenSynced(current);

    const seen = await readBack(board, ['n1', 'n2', 'theirs']);
    for (const note of mine) expect(boardMaps(seen).notes.get(note.id)).toEqual(note);
    expect(readSchemaVersion(copy)).toBe(SCHEMA_VERSION);
    expect(current.closeCodes).toEqual([]);
  });

  it('has its offline entries of schema 1 migrated before they are sent, or the server refuses them (4409)', async () => {
    const board = await openBoard();
    const me = board.participant.participantId;
    // what a version-1 client could write: out of the board's bounds, a colour the palette no longer has
    const mine = [sampleNote('n1', me, { x: 5e12 }), { ...sampleNote('n2', me), color: 'fuchsia' } as unknown as Note];
    const offline = await oldBoardAndOfflineCopy(board, 1, mine);

    const old = connectDoc(board, offline, 1);
    await waitFor(() => old.closeCodes.length > 0, 5000, 'the old client to be closed');
    expect(old.closeCodes).toEqual([CLOSE_CODES.SchemaOutdated]);
    old.destroy();

    // without the local migration, the current client's first update carries shapes the server refuses
    const unmigrated = connectDoc(board, reopened(offline), SCHEMA_VERSION);
    await waitFor(() => unmigrated.closeCodes.length > 0, 5000, 'the unmigrated copy to be refused');
    expect(unmigrated.closeCodes[0]).toBe(CLOSE_CODES.RefusedChange);
    unmigrated.destroy();

    const copy = reopened(offline);
    expect(migrateLocalEntries(copy, { participantId: me, role: 'participant' })).toMatchObject({ from: 1, rewritten: 2 });
    const current = connectDoc(board, copy, SCHEMA_VERSION);
    await whenSynced(current);
    const seen = await readBack(board, ['n1', 'n2', 'theirs']);
    expect(boardMaps(seen).notes.get('n1')).toEqual({ ...mine[0], x: 1_000_000 });
    expect(boardMaps(seen).notes.get('n2')).toEqual({ ...mine[1], color: 'yellow' });
    expect(noteIds(await storedDoc(board.server.storage, board.docName))).toEqual(['n1', 'n2', 'theirs']);
    expect(current.closeCodes).toEqual([]);
  });

  it('lets in a client declaring the current schema, a newer one, and one declaring nothing', async () => {
    const board = await openBoard();
    const me = board.participant.participantId;
    const clients = [SCHEMA_VERSION, SCHEMA_VERSION + 1, undefined].map((schema) => connectDoc(board, new Y.Doc(), schema));
    for (const [i, client] of clients.entries()) {
      await whenSynced(client);
      writeNote(client.doc, sampleNote(`n${i}`, me));
    }
    await readBack(board, ['n0', 'n1', 'n2']);
    for (const client of clients) expect(client.closeCodes).toEqual([]);
  });

  it('is asked to reload by room boards only: the workshop document has no board schema', async () => {
    const board = await openBoard();
    const workshop = connectDoc(board, new Y.Doc(), 1, workshopDocName(board.workshop.workshopId));
    await whenSynced(workshop);
    expect(workshop.closeCodes).toEqual([]);
  });
});
