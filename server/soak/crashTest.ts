import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  boardMaps,
  createNote,
  parseNote,
  roomDocName,
  updateNote,
  type CreateWorkshopResponse,
  type JoinResponse,
} from '@essaim/shared';
import { connectProvider, whenSynced, type TestProvider } from '../test/providers.js';
import { freePort, ServerProcess } from './ServerProcess.js';

export interface CrashOptions {
  trials: number;
  /** half of them with the facilitator's token, half participants who joined with the code */
  clients: number;
  /** the kill lands at a random moment between these two, after every client has synced */
  writeMs?: [number, number];
  /** `COMPACT_EVERY` of the server: small, so kills also land around compactions */
  compactEvery?: number;
  /** pause between two changes of one client */
  tickMs?: number;
  /** keep the data folder even when nothing was lost (it is always kept after a loss) */
  keepData?: boolean;
}

export interface Loss {
  trial: number;
  noteId: string;
  /** what a client had received from the server, and what the restarted server has */
  received: string;
  stored: string;
}

export interface CrashFigures {
  trials: number;
  clients: number;
  /** distinct notes some client had received from the server before the kill, summed over trials */
  notesChecked: number;
  /** note states received from the server (creations and moves), summed over clients and trials */
  statesReceived: number;
  /** changes the clients made (creations + moves) */
  changesMade: number;
  lost: Loss[];
  /** stored positions that no client ever wrote for that note */
  strangePositions: number;
  /** close codes ≥ 4000 the clients got before the kill (a refused change would make the run meaningless) */
  refusals: number[];
  /** `PRAGMA integrity_check` results other than 'ok' */
  integrityErrors: string[];
  dataDir: string;
  ms: number;
}

interface Writer {
  p: TestProvider;
  authorId: string;
  timer?: NodeJS.Timeout;
}

interface TrialRecord {
  /** note id → text, for every note state some client received from the server */
  received: Map<string, string>;
  /** note id → every "x,y" any client wrote */
  written: Map<string, Set<string>>;
  statesReceived: number;
  changesMade: number;
}

const rand = (min: number, max: number): number => min + Math.floor(Math.random() * (max - min + 1));

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** What every client receives from the server (origin: its provider) is recorded before it is used. */
function recordReceived(p: TestProvider, record: TrialRecord): void {
  const { notes } = boardMaps(p.doc);
  notes.observe((event) => {
    if (event.transaction.origin !== p.provider) return;
    for (const id of event.keysChanged) {
      const note = parseNote(notes.get(id));
      if (!note) continue;
      record.received.set(id, note.text);
      record.statesReceived++;
    }
  });
}

/** One client's changes: a new note of its own now and then, otherwise moving any note. */
function startWriting(w: Writer, index: number, record: TrialRecord, tickMs: number): void {
  let made = 0;
  const remember = (id: string, x: number, y: number): void => {
    const seen = record.written.get(id) ?? new Set<string>();
    seen.add(`${x},${y}`);
    record.written.set(id, seen);
  };
  const tick = (): void => {
    const { notes } = boardMaps(w.p.doc);
    const ids = [...notes.keys()];
    const now = Date.now();
    if (ids.length < 5 || Math.random() < 0.3) {
      const id = `c${index}-${made++}`;
      const note = createNote(w.p.doc, { id, x: rand(-2000, 2000), y: rand(-2000, 2000), text: `Idée ${id} — mobilité en zone rurale` }, { authorId: w.authorId, now });
      remember(id, note.x, note.y);
    } else {
      const id = ids[rand(0, ids.length - 1)]!;
      if (updateNote(w.p.doc, id, { x: rand(-2000, 2000), y: rand(-2000, 2000) }, now)) {
        const note = parseNote(notes.get(id))!;
        remember(id, note.x, note.y);
      }
    }
    record.changesMade++;
    w.timer = setTimeout(tick, rand(tickMs / 2, tickMs * 1.5));
  };
  w.timer = setTimeout(tick, rand(0, tickMs));
}

function integrityCheck(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  } finally {
    db.close();
  }
}

/**
 * Crash trials against the built server: clients write and move notes, the server is killed
 * with SIGKILL at a random moment, the clients are destroyed (so nothing can be sent again),
 * the server restarts on the same data, and every note a client had received from the server
 * must be on the stored board, with its text. Each trial runs on the previous trial's data.
 */
export async function runCrashTrials(opts: CrashOptions): Promise<CrashFigures> {
  const { trials, clients, writeMs = [500, 4000], compactEvery = 50, tickMs = 40 } = opts;
  const started = Date.now();
  // Each Node provider listens for the process's exit: one listener per live client.
  process.setMaxListeners(Math.max(process.getMaxListeners(), clients + 10));
  const dataDir = mkdtempSync(join(tmpdir(), 'essaim-crash-'));
  const server = new ServerProcess({ port: await freePort(), dataDir, compactEvery });
  const figures: CrashFigures = {
    trials: 0,
    clients,
    notesChecked: 0,
    statesReceived: 0,
    changesMade: 0,
    lost: [],
    strangePositions: 0,
    refusals: [],
    integrityErrors: [],
    dataDir,
    ms: 0,
  };
  await server.start();
  try {
    for (let trial = 1; trial <= trials; trial++) {
      const workshop = await post<CreateWorkshopResponse>(`${server.url}/api/workshops`, { title: `Atelier ${trial}` });
      const docName = roomDocName(workshop.workshopId, workshop.rooms[0]!.id);
      const record: TrialRecord = { received: new Map(), written: new Map(), statesReceived: 0, changesMade: 0 };
      const writers: Writer[] = [];
      for (let i = 0; i < clients; i++) {
        const participant = i % 2 === 1 ? await post<JoinResponse>(`${server.url}/api/join`, { code: workshop.joinCode, name: `Participant ${i}` }) : null;
        const token = participant?.token ?? workshop.facilitatorToken;
        const p = connectProvider(server.wsUrl, docName, token);
        p.provider.on('connection-close', (event) => {
          if (event && event.code >= 4000) figures.refusals.push(event.code);
        });
        recordReceived(p, record);
        writers.push({ p, authorId: participant?.participantId ?? workshop.facilitatorId });
      }
      try {
        for (const w of writers) await whenSynced(w.p, 30_000);
        writers.forEach((w, i) => startWriting(w, i, record, tickMs));
        await new Promise((r) => setTimeout(r, rand(writeMs[0], writeMs[1])));
        await server.kill();
      } finally {
        // Destroyed before the restart, so no client can send its copy back to the new process.
        for (const w of writers) {
          clearTimeout(w.timer);
          w.p.destroy();
        }
      }

      await server.start();
      const reader = connectProvider(server.wsUrl, docName, workshop.facilitatorToken);
      try {
        await whenSynced(reader, 30_000);
        const { notes } = boardMaps(reader.doc);
        for (const [id, text] of record.received) {
          const stored = parseNote(notes.get(id));
          if (!stored || stored.text !== text) {
            figures.lost.push({ trial, noteId: id, received: text, stored: stored ? stored.text : '(missing)' });
            continue;
          }
          if (!record.written.get(id)?.has(`${stored.x},${stored.y}`)) figures.strangePositions++;
        }
      } finally {
        reader.destroy();
      }
      figures.integrityErrors.push(...integrityCheck(join(dataDir, 'essaim.sqlite')));
      figures.trials++;
      figures.notesChecked += record.received.size;
      figures.statesReceived += record.statesReceived;
      figures.changesMade += record.changesMade;
    }
    await server.stop();
  } finally {
    await server.kill();
    figures.ms = Date.now() - started;
    const clean = figures.lost.length === 0 && figures.integrityErrors.length === 0;
    if (clean && !opts.keepData) rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}
