import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readNotes } from '@essaim/shared';
import { SqliteStorage } from '../src/storage/SqliteStorage.js';
import { loadYDoc } from '../src/storage/documentLog.js';
import { boardOn, sampleNote, useProvider, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';

describe('backups', () => {
  it('copies the database consistently while the server keeps writing', async () => {
    const server = await useServer();
    const board = await boardOn(server);
    const writer = useProvider(server.wsUrl, board.docName, board.participant.token);
    await whenSynced(writer);
    for (let i = 0; i < 20; i++) writeNote(writer.doc, sampleNote(`n-${i}`, board.participant.participantId));
    await waitFor(async () => (await server.storage.loadDocument(board.docName)).updates.length >= 20, 5000, 'the notes to be stored');

    const dir = mkdtempSync(join(tmpdir(), 'essaim-backup-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'copy.sqlite');
    // A second connection to the live database, as `npx pnpm@10 backup` opens it.
    const live = new SqliteStorage(join(server.dataDir, 'essaim.sqlite'));
    const copying = live.backup(file);
    for (let i = 20; i < 30; i++) writeNote(writer.doc, sampleNote(`n-${i}`, board.participant.participantId));
    await copying;
    await live.close();

    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    const copy = new SqliteStorage(file);
    const { doc } = await loadYDoc(copy, board.docName);
    const ids = readNotes(doc).map((n) => n.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (let i = 0; i < 20; i++) expect(ids).toContain(`n-${i}`);
    expect(await copy.findWorkshopByJoinCode(board.workshop.joinCode)).not.toBeNull();
    doc.destroy();
    await copy.close();
    expect(statSync(join(server.dataDir, 'essaim.sqlite')).mode & 0o777).toBe(0o600);
  });
});
