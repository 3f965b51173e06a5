import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, readSchemaVersion, SCHEMA_VERSION } from '@essaim/shared';
import { openBoard, sampleNote, storedDoc } from './openBoard.js';
import { whenSynced } from './providers.js';

describe('a board stored under the previous schema', () => {
  it('is migrated when it loads: every client gets the current shapes, and storage keeps them', async () => {
    const board = await openBoard();
    // what version 1 stored: no version, a note out of bounds, a zone in no contract shape, partial rules
    const old = new Y.Doc();
    old.transact(() => {
      old.getMap('notes').set('n1', { ...sampleNote('n1', board.participant.participantId), x: 5e12, color: 'fuchsia' });
      old.getMap('frames').set('f1', { x: 0, y: 0, title: 'Besoins' });
      old.getMap('meta').set('policy', { moveAll: false });
    });
    await board.server.storage.appendUpdate(board.docName, Y.encodeStateAsUpdate(old));

    const client = board.connect();
    await whenSynced(client);
    for (const doc of [client.doc, await storedDoc(board.server.storage, board.docName)]) {
      expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION);
      const maps = boardMaps(doc);
      expect(maps.notes.get('n1')).toMatchObject({ x: 1_000_000, color: 'yellow' });
      expect(maps.frames.get('f1')).toEqual({ id: 'f1', title: 'Besoins', x: 0, y: 0, width: 800, height: 600, color: 'grey' });
      expect(maps.meta.get('policy')).toEqual({ locked: false, editAll: false, moveAll: false });
    }
    expect(client.closeCodes).toEqual([]);
  });
});
