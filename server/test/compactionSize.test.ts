import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps } from '@essaim/shared';
import { loadYDoc } from '../src/storage/documentLog.js';
import { measureCompaction } from '../soak/compactionSize.js';
import { noteIds, openBoard, sampleNote, writeNote } from './openBoard.js';
import { whenSynced } from './providers.js';

describe('rooms that never end', () => {
  it('stores a board moved thousands of times in a size that follows its notes, not its history', async () => {
    const { boardBytes, sizes } = await measureCompaction({ notes: 50, checkpoints: [500, 5_000], compactEvery: 100 });
    const [early, late] = sizes as [(typeof sizes)[0], (typeof sizes)[0]];

    // Ten times the moves, yet the stored board stays within twice its early size…
    expect(late.storedBytes).toBeLessThan(2 * early.storedBytes);
    // …a small multiple of the same notes written once…
    expect(late.storedBytes).toBeLessThan(4 * boardBytes);
    // …and a small fraction of every byte the clients sent.
    expect(late.storedBytes * 10).toBeLessThan(late.sentBytes);
  }, 60_000);

  it('still opens a board whose snapshot an earlier version wrote (Yjs v1 encoding)', async () => {
    const board = await openBoard();
    const old = new Y.Doc();
    writeNote(old, sampleNote('n-1', board.participant.participantId));
    await board.server.storage.replaceWithSnapshot(board.docName, Y.encodeStateAsUpdate(old), 0);

    const { doc } = await loadYDoc(board.server.storage, board.docName);
    expect(boardMaps(doc).notes.get('n-1')).toEqual(sampleNote('n-1', board.participant.participantId));
    const p = board.connect();
    await whenSynced(p);
    expect(noteIds(p.doc)).toEqual(['n-1']);
  });
});
