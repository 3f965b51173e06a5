import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@essaim/shared';
import { captureLogs } from './logCapture.js';
import { boardOn, sampleNote, useProvider, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';

describe('a board whose stored data cannot be loaded', () => {
  it('is reported and refused, never overwritten, while other boards keep working', async () => {
    const first = await useServer();
    const board = await boardOn(first);
    const other = await boardOn(first, 'Autre atelier');
    const writer = useProvider(first.wsUrl, board.docName, board.participant.token);
    await whenSynced(writer);
    writeNote(writer.doc, sampleNote('n-1', board.participant.participantId));
    await waitFor(async () => (await first.storage.loadDocument(board.docName)).updates.length > 0, 5000, 'the note to be stored');
    writer.destroy();
    await first.stop();

    // Damage the board on disk: a truncated row at the end of its log.
    const file = join(first.dataDir, 'essaim.sqlite');
    const db = new Database(file);
    db.prepare('INSERT INTO doc_updates (doc, data) VALUES (?, ?)').run(board.docName, Buffer.from([0x01, 0x05, 0xff, 0xff]));
    const rowsBefore = db.prepare('SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq').all(board.docName);
    const snapshotBefore = db.prepare('SELECT data FROM doc_snapshots WHERE doc = ?').get(board.docName);
    db.close();

    const logs = captureLogs();
    const second = await useServer({ logLevel: 'info' }, first.dataDir, { logStream: logs.stream });
    const reader = useProvider(second.wsUrl, board.docName, board.participant.token);
    await waitFor(() => reader.closeCodes.includes(CLOSE_CODES.ServerError), 5000, 'the refusal');
    expect(logs.entries().some((e) => e.msg === 'room load failed' && e.doc === board.docName)).toBe(true);

    // A server-side write to the damaged board is refused too, with a readable error.
    const copy = await fetch(`${second.url}/api/workshops/${board.workshop.workshopId}/plenary/copy`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${board.workshop.facilitatorToken}` },
      body: JSON.stringify({ roomId: board.workshop.rooms[0]!.id }),
    });
    expect(copy.status).toBeGreaterThanOrEqual(400);

    // Other boards are served as usual.
    const elsewhere = useProvider(second.wsUrl, other.docName, other.participant.token);
    await whenSynced(elsewhere);
    reader.destroy();
    elsewhere.destroy();
    await second.stop();

    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq').all(board.docName)).toEqual(rowsBefore);
    expect(after.prepare('SELECT data FROM doc_snapshots WHERE doc = ?').get(board.docName)).toEqual(snapshotBefore);
    after.close();
  });
});
