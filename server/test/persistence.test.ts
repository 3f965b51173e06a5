import { describe, expect, it, onTestFinished } from 'vitest';
import { boardMaps } from '@essaim/shared';
import { databaseFile } from '../src/config.js';
import { SqliteStorage } from '../src/storage/SqliteStorage.js';
import { noteIds, openBoard, sampleNote, storedDoc, useProvider, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';

describe('persistence', () => {
  it('keeps every note, edit and delete across a graceful restart', async () => {
    const board = await openBoard();
    const a = board.connect(board.workshop.facilitatorToken);
    const b = board.connect();
    await whenSynced(a);
    await whenSynced(b);
    // Notes of the participant (the facilitator may write them), so b may edit and delete them.
    const author = board.participant.participantId;
    for (const id of ['n-1', 'n-2', 'n-3']) writeNote(a.doc, sampleNote(id, author));
    await waitFor(() => noteIds(b.doc).length === 3, 5000, 'b to see a’s notes');
    writeNote(b.doc, sampleNote('n-2', author, { text: 'Modifié', color: 'blue' }));
    boardMaps(b.doc).notes.delete('n-3');
    await waitFor(() => noteIds(a.doc).join() === 'n-1,n-2' && boardMaps(a.doc).notes.get('n-2')?.text === 'Modifié', 5000, 'a to see b’s changes');

    // Graceful stop with both participants still connected.
    await board.server.stop();
    const restarted = await useServer({}, board.server.dataDir);
    // The stop flushed the board into one snapshot, so the next start replays nothing.
    const onDisk = await restarted.storage.loadDocument(board.docName);
    expect({ snapshot: onDisk.snapshot !== null, updates: onDisk.updates.length }).toEqual({ snapshot: true, updates: 0 });
    // Tokens survive the restart: the signing key is stored with the data.
    const fresh = useProvider(restarted.wsUrl, board.docName, board.participant.token);
    await whenSynced(fresh);

    expect(noteIds(fresh.doc)).toEqual(['n-1', 'n-2']);
    expect(boardMaps(fresh.doc).notes.get('n-2')).toEqual(sampleNote('n-2', author, { text: 'Modifié', color: 'blue' }));
  });

  it('unloads a board once everybody has left, compacting its log into a snapshot', async () => {
    const board = await openBoard();
    const a = board.connect();
    await whenSynced(a);
    for (const id of ['n-1', 'n-2']) writeNote(a.doc, sampleNote(id, board.participant.participantId));
    await waitFor(async () => (await board.server.storage.loadDocument(board.docName)).updates.length >= 2, 5000, 'the updates to be logged');
    expect(board.server.rooms.loadedRooms).toBe(1);

    a.destroy();

    await waitFor(() => board.server.rooms.loadedRooms === 0, 5000, 'the room to unload');
    await waitFor(
      async () => {
        const stored = await board.server.storage.loadDocument(board.docName);
        return stored.snapshot !== null && stored.updates.length === 0;
      },
      5000,
      'the log to be compacted',
    );
    expect(noteIds(await storedDoc(board.server.storage, board.docName))).toEqual(['n-1', 'n-2']);

    const back = board.connect();
    await whenSynced(back);
    expect(noteIds(back.doc)).toEqual(['n-1', 'n-2']);
  });

  it('has an update in the SQLite log by the time another participant receives it', async () => {
    const board = await openBoard({ compactEvery: 1_000_000 });
    const a = board.connect(board.workshop.facilitatorToken);
    const b = board.connect();
    await whenSynced(a);
    await whenSynced(b);
    // Read the log at the very moment b receives the note, not some polls later.
    let storedOnReceipt: Promise<string[]> | undefined;
    boardMaps(b.doc).notes.observe(() => {
      storedOnReceipt ??= storedDoc(board.server.storage, board.docName).then(noteIds);
    });

    writeNote(a.doc, sampleNote('n-1', board.workshop.facilitatorId));

    await waitFor(() => storedOnReceipt !== undefined, 5000, 'b to receive the note');
    expect(await storedOnReceipt).toEqual(['n-1']);
    const { snapshot, updates } = await board.server.storage.loadDocument(board.docName);
    expect(snapshot).toBeNull();
    expect(updates.length).toBeGreaterThan(0);
  });

  it('leaves on disk, while the server is still running, everything a kill -9 must not lose', async () => {
    // Compacts mid-session, so what is on disk is a snapshot plus a tail of the log.
    const board = await openBoard({ compactEvery: 3 });
    const a = board.connect();
    const b = board.connect(board.workshop.facilitatorToken);
    await whenSynced(a);
    await whenSynced(b);
    const ids = ['n-1', 'n-2', 'n-3', 'n-4'];
    for (const id of ids) writeNote(a.doc, sampleNote(id, board.participant.participantId));
    await waitFor(() => noteIds(b.doc).length === 4, 5000, 'b to receive every note');

    // A second connection to the same file, as a restarted process would open it; the app never closes.
    const other = new SqliteStorage(databaseFile(board.server.config));
    onTestFinished(() => other.close());
    const onDisk = await other.loadDocument(board.docName);
    expect(onDisk.snapshot).not.toBeNull();
    expect(onDisk.updates.length).toBeGreaterThan(0);
    expect(noteIds(await storedDoc(other, board.docName))).toEqual(ids);

    // A whole second server on that data serves the board as a restart after a crash would.
    const second = await useServer({}, board.server.dataDir);
    const fresh = useProvider(second.wsUrl, board.docName, board.participant.token);
    await whenSynced(fresh);
    expect(noteIds(fresh.doc)).toEqual(ids);
  });
});
