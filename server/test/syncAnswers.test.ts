import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { boardMaps } from '@essaim/shared';
import type { Storage } from '../src/storage/Storage.js';
import { noteIds, openBoard, sampleNote, storedDoc, useProvider, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';

const V2_MARKER = [0xff, 0x45, 0x53, 0x32];
const isV2 = (snapshot: Uint8Array | null) => snapshot !== null && V2_MARKER.every((b, i) => snapshot[i] === b);

/** Waits until the server has stored the notes, so closing the client loses nothing. */
async function whenStored(storage: Storage, docName: string, ids: string[]): Promise<void> {
  await waitFor(async () => noteIds(await storedDoc(storage, docName)).join() === ids.join(), 5000, `${ids.join()} to be stored`);
}

/** A standard provider on a document whose Yjs client id is chosen (it orders concurrent writes). */
function providerWithId(wsUrl: string, docName: string, token: string, clientID: number): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  onTestFinished(() => provider.destroy());
  return { doc, provider };
}

describe('answering opening clients', () => {
  it('gives each newcomer the whole board, never a stale copy of it', async () => {
    const board = await openBoard();
    const author = board.participant.participantId;
    const writer = board.connect();
    await whenSynced(writer);
    for (const id of ['n-1', 'n-2', 'n-3']) writeNote(writer.doc, sampleNote(id, author));
    await whenStored(board.server.storage, board.docName, ['n-1', 'n-2', 'n-3']);
    writer.destroy();
    await board.server.stop();

    const restarted = await useServer({}, board.server.dataDir);
    const open = async () => {
      const p = useProvider(restarted.wsUrl, board.docName, board.participant.token);
      await whenSynced(p);
      return p;
    };
    // Two newcomers before any change get the same answer…
    const first = await open();
    expect(noteIds(first.doc)).toEqual(['n-1', 'n-2', 'n-3']);
    expect(noteIds((await open()).doc)).toEqual(['n-1', 'n-2', 'n-3']);
    // …and after each change, the next newcomer sees it: a new note, a move, a deletion.
    writeNote(first.doc, sampleNote('n-4', author));
    await waitFor(async () => noteIds((await open()).doc).includes('n-4'), 5000, 'a newcomer to see n-4');
    writeNote(first.doc, sampleNote('n-1', author, { x: 999 }));
    await waitFor(async () => boardMaps((await open()).doc).notes.get('n-1')?.x === 999, 5000, 'a newcomer to see the move');
    boardMaps(first.doc).notes.delete('n-2');
    await waitFor(async () => noteIds((await open()).doc).join() === 'n-1,n-3,n-4', 5000, 'a newcomer to see the deletion');
  });

  it('loads a board from its snapshot and the log written after it', async () => {
    const board = await openBoard();
    const author = board.participant.participantId;
    const writer = board.connect();
    await whenSynced(writer);
    writeNote(writer.doc, sampleNote('n-1', author));
    await whenStored(board.server.storage, board.docName, ['n-1']);
    writer.destroy();
    await board.server.stop();

    // What a crash leaves: the snapshot, then a logged update that no snapshot covers yet.
    const restarted = await useServer({}, board.server.dataDir);
    const doc = await storedDoc(restarted.storage, board.docName);
    let logged: Uint8Array | null = null;
    doc.once('update', (update: Uint8Array) => (logged = update));
    writeNote(doc, sampleNote('n-2', author));
    await restarted.storage.appendUpdate(board.docName, logged!);

    const reader = useProvider(restarted.wsUrl, board.docName, board.participant.token);
    await whenSynced(reader);
    expect(noteIds(reader.doc)).toEqual(['n-1', 'n-2']);
  });

  // Both snapshot encodings keep every tombstone: an offline move of a note that was moved
  // meanwhile still has its origin on the server after a restart, so it integrates as a move.
  it.each([
    { moves: 3, encoding: 'v1' },
    { moves: 100, encoding: 'v2' },
  ])('delivers an offline move made before $moves moves by others and a restart ($encoding snapshot)', async ({ moves, encoding }) => {
    const board = await openBoard();
    const author = board.participant.participantId;
    const token = board.workshop.facilitatorToken;
    // A higher client id: Yjs orders the offline move after the others' moves, so it wins.
    const offline = providerWithId(board.server.wsUrl, board.docName, token, 0xfffffff0);
    const ids = Array.from({ length: 10 }, (_, i) => `n-${i}`);
    for (const id of ids) writeNote(offline.doc, sampleNote(id, author));
    await whenStored(board.server.storage, board.docName, ids);
    offline.provider.disconnect();

    const other = providerWithId(board.server.wsUrl, board.docName, token, 1);
    await waitFor(() => noteIds(other.doc).length === 10, 5000, 'the other client to see the notes');
    // Round the notes, as a busy board does: successive overwrites of one note by one client
    // merge into one tombstone, interleaved ones do not.
    for (let i = 0; i < moves; i++) writeNote(other.doc, sampleNote(ids[i % ids.length]!, author, { x: 1000 + i }));
    const last = ids[(moves - 1) % ids.length]!;
    await waitFor(async () => boardMaps(await storedDoc(board.server.storage, board.docName)).notes.get(last)?.x === 999 + moves, 5000, 'the moves to be stored');
    other.provider.destroy();
    await board.server.stop();
    const restarted = await useServer({}, board.server.dataDir);
    const { snapshot, updates } = await restarted.storage.loadDocument(board.docName);
    expect({ encoding: isV2(snapshot) ? 'v2' : 'v1', updates: updates.length }).toEqual({ encoding, updates: 0 });

    // Offline, the client still sees the note where it was before the others moved it.
    expect(boardMaps(offline.doc).notes.get('n-0')?.x).toBe(120);
    writeNote(offline.doc, sampleNote('n-0', author, { x: -500 }));
    // Back online as the web client comes back: a new session restoring its offline copy.
    const back = providerWithId(restarted.wsUrl, board.docName, token, 0xfffffff1);
    Y.applyUpdate(back.doc, Y.encodeStateAsUpdate(offline.doc));
    offline.provider.destroy();
    await waitFor(() => back.provider.synced, 5000, 'the returning client to sync');

    const newcomer = useProvider(restarted.wsUrl, board.docName, board.participant.token);
    await waitFor(() => boardMaps(newcomer.doc).notes.get('n-0')?.x === -500, 5000, 'the newcomer to see the offline move');
    expect(boardMaps(back.doc).notes.get('n-0')?.x).toBe(-500);
    expect(noteIds(newcomer.doc)).toEqual(ids.sort());
  });
});
