import * as Y from 'yjs';
import { boardMaps, createNote, roomDocName, updateNote } from '@essaim/shared';
import { connectProvider, waitFor, whenSynced, type TestProvider } from '../test/providers.js';
import { loadYDoc } from '../src/storage/documentLog.js';
import { startServer } from '../test/startServer.js';
import { unlimitedConfig } from './unlimited.js';

export interface CompactionOptions {
  notes: number;
  /** total moves at which the stored size is measured, ascending */
  checkpoints: number[];
  compactEvery: number;
}

export interface SizeAt {
  moves: number;
  /** snapshot + log, as the server would reload them */
  storedBytes: number;
  snapshotBytes: number;
  logBytes: number;
  logRows: number;
  /** every update the clients sent so far */
  sentBytes: number;
}

export interface CompactionFigures {
  notes: number;
  /** the same notes written once into a fresh document: the size the board "should" have */
  boardBytes: number;
  sizes: SizeAt[];
}

const stateVector = (p: TestProvider): string => Buffer.from(Y.encodeStateVector(p.doc)).toString('base64');

/**
 * A board of `notes` notes moved over and over by a facilitator and a participant, on the
 * in-process server with a small `COMPACT_EVERY`; measures what is stored at each checkpoint.
 */
export async function measureCompaction(opts: CompactionOptions): Promise<CompactionFigures> {
  const server = await startServer({ ...unlimitedConfig(), compactEvery: opts.compactEvery });
  const clients: TestProvider[] = [];
  try {
    const workshop = await server.createWorkshop('Atelier sans fin');
    const participant = await server.join(workshop.joinCode, 'Lina');
    const docName = roomDocName(workshop.workshopId, workshop.rooms[0]!.id);
    const a = connectProvider(server.wsUrl, docName, workshop.facilitatorToken);
    const b = connectProvider(server.wsUrl, docName, participant.token);
    clients.push(a, b);
    await whenSynced(a);
    await whenSynced(b);
    let sentBytes = 0;
    for (const p of clients) {
      p.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== p.provider) sentBytes += update.byteLength;
      });
    }
    const ids: string[] = [];
    for (let i = 0; i < opts.notes; i++) {
      const note = createNote(a.doc, { id: `n-${i}`, x: (i % 10) * 200, y: Math.floor(i / 10) * 200, text: `Idée ${i}` }, { authorId: workshop.facilitatorId, now: Date.now() });
      ids.push(note.id);
    }
    const reference = new Y.Doc();
    Y.applyUpdate(reference, Y.encodeStateAsUpdate(a.doc));
    const boardBytes = Y.encodeStateAsUpdate(reference).byteLength;
    reference.destroy();

    const sizes: SizeAt[] = [];
    let moves = 0;
    for (const checkpoint of opts.checkpoints) {
      while (moves < checkpoint) {
        // The two clients take turns, each moving one note per change, as people dragging do.
        const mover = moves % 2 === 0 ? a : b;
        updateNote(mover.doc, ids[moves % ids.length]!, { x: (moves * 37) % 3000, y: (moves * 53) % 2000 }, Date.now());
        moves++;
        // Let the sockets drain now and then instead of queueing thousands of frames at once.
        if (moves % 100 === 0) await new Promise((r) => setImmediate(r));
      }
      // The server relays an update only once it is stored: once both copies agree, all is stored.
      await waitFor(() => stateVector(a) === stateVector(b), 60_000, 'both clients to converge');
      const stored = await server.storage.loadDocument(docName);
      const snapshotBytes = stored.snapshot?.byteLength ?? 0;
      const logBytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0);
      sizes.push({ moves, storedBytes: snapshotBytes + logBytes, snapshotBytes, logBytes, logRows: stored.updates.length, sentBytes });
    }
    // Nothing was lost along the way: every note is still stored, at its last position.
    const { doc: reloaded } = await loadYDoc(server.storage, docName);
    const mismatch = ids.find((id) => JSON.stringify(boardMaps(reloaded).notes.get(id)) !== JSON.stringify(boardMaps(a.doc).notes.get(id)));
    reloaded.destroy();
    if (mismatch) throw new Error(`stored board differs from the clients’ on note ${mismatch}`);
    return { notes: opts.notes, boardBytes, sizes };
  } finally {
    for (const p of clients) p.destroy();
    await server.dispose();
  }
}
