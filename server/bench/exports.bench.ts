import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { boardMaps, createFrame, createLink, createNote, roomDocName, type CreateWorkshopResponse, type JoinResponse } from '@essaim/shared';
import { reportTable, type Row } from '../soak/soakTable.js';
import type { ServerProcess } from '../soak/ServerProcess.js';
import { api, ms, openSynced, pause, percentile, startBenchServer } from './benchClient.js';

const QUICK = process.env.ESSAIM_BENCH_QUICK === '1';
process.setMaxListeners(0);
const RUNS = QUICK ? 2 : 5;
const SIZES = [100, 500, 2000];
/** how long the live edits are measured, with and without PDFs being made */
const LIVE_MS = QUICK ? 6_000 : 15_000;
const EDIT_EVERY_MS = 25;

const SENTENCES = [
  'Créer une navette solidaire entre les hameaux et le bourg, le mardi et le vendredi',
  'Un tiers-lieu où l’on répare, où l’on apprend et où l’on se retrouve « entre voisins »',
  'Les jeunes quittent le territoire faute de logements abordables : développer l’habitat intergénérationnel',
  'Épicerie coopérative avec des produits locaux, en circuit court, ouverte aux bénévoles',
  'Anticonstitutionnellement long : la coordination intercommunale des transports à la demande',
];

type Synced = Awaited<ReturnType<typeof openSynced>>;

/** A room's board with `count` notes in zones of 40, a cause link every tenth note; the provider stays open. */
async function writeBoard(server: ServerProcess, w: CreateWorkshopResponse, roomId: string, count: number): Promise<Synced> {
  const board = await openSynced(server, roomDocName(w.workshopId, roomId), w.facilitatorToken);
  const ctx = { authorId: w.facilitatorId, now: Date.now() };
  const perZone = 40;
  board.doc.transact(() => {
    for (let z = 0; z * perZone < count; z++) {
      createFrame(board.doc, { id: `z${z}`, title: `Thème ${z + 1} : mobilité et services`, x: (z % 5) * 1800, y: Math.floor(z / 5) * 1800, width: 1700, height: 1700 });
    }
    for (let n = 0; n < count; n++) {
      const z = Math.floor(n / perZone);
      const i = n % perZone;
      createNote(
        board.doc,
        { id: `n${n}`, text: `${SENTENCES[n % SENTENCES.length]} (n° ${n})`, x: (z % 5) * 1800 + 40 + (i % 8) * 200, y: Math.floor(z / 5) * 1800 + 80 + Math.floor(i / 8) * 200 },
        ctx,
      );
      if (n % 10 === 9) createLink(board.doc, { id: `l${n}`, from: `n${n}`, to: `n${n - 1}`, kind: 'cause' });
    }
  });
  const watcher = await openSynced(server, roomDocName(w.workshopId, roomId), w.facilitatorToken);
  while (boardMaps(watcher.doc).notes.size < count) await pause(5);
  watcher.provider.destroy();
  watcher.doc.destroy();
  return board;
}

async function download(server: ServerProcess, path: string, token: string): Promise<{ ms: number; bytes: Buffer }> {
  const started = performance.now();
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${bytes.toString('utf8').slice(0, 200)}`);
  return { ms: performance.now() - started, bytes };
}

function pdfPages(bytes: Buffer): number {
  const file = join(mkdtempSync(join(tmpdir(), 'essaim-bench-pdf-')), 'report.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
}

/**
 * Edits of one note by a provider every 25 ms, each timed until a second provider on the same
 * board sees it (through the server): the delays of a live board, for `durationMs`.
 */
async function liveDelays(a: Synced, b: Synced, durationMs: number): Promise<number[]> {
  const delays: number[] = [];
  const notes = boardMaps(b.doc).notes;
  const end = performance.now() + durationMs;
  let n = 0;
  while (performance.now() < end) {
    const text = `édition ${n++}`;
    const seen = new Promise<void>((resolve) => {
      const look = () => {
        if (notes.get('live')?.text === text) {
          notes.unobserve(look);
          resolve();
        }
      };
      notes.observe(look);
    });
    const sent = performance.now();
    const note = boardMaps(a.doc).notes.get('live')!;
    boardMaps(a.doc).notes.set('live', { ...note, text });
    await seen;
    delays.push(performance.now() - sent);
    await pause(EDIT_EVERY_MS);
  }
  return delays;
}

it('exports: PDF time and size for 100, 500 and 2,000 notes; a live board while 500-note PDFs are made', async () => {
  const { server } = await startBenchServer();
  const open: Synced[] = [];
  try {
    const sizes: Row[] = [];
    let pdf500 = '';
    let w500: CreateWorkshopResponse | null = null;
    for (const count of SIZES) {
      const w = await api<CreateWorkshopResponse>(server, 'POST', '/api/workshops', { title: `Banc « export » ${count}`, rooms: 1 });
      const room = w.rooms.find((r) => !r.plenary)!;
      open.push(await writeBoard(server, w, room.id, count));
      const pdfPath = `/api/workshops/${w.workshopId}/export.pdf?rooms=${room.id}`;
      const times: number[] = [];
      let bytes: Buffer = Buffer.alloc(0);
      for (let i = 0; i < RUNS; i++) {
        const got = await download(server, pdfPath, w.facilitatorToken);
        times.push(got.ms);
        bytes = got.bytes;
      }
      const csv = await download(server, `/api/workshops/${w.workshopId}/export.csv`, w.facilitatorToken);
      const json = await download(server, `/api/workshops/${w.workshopId}/export.json`, w.facilitatorToken);
      const png = await download(server, `/api/workshops/${w.workshopId}/rooms/${room.id}/export.png?scale=0.5`, w.facilitatorToken);
      sizes.push({
        notes: count,
        'PDF first': ms(times[0]!),
        'PDF p50 after': ms(percentile(times.slice(1), 50)),
        'PDF max after': ms(Math.max(...times.slice(1))),
        'PDF size': `${(bytes.length / 1024).toFixed(0)} KiB`,
        pages: pdfPages(bytes),
        'PNG ×0.5': `${ms(png.ms)}, ${(png.bytes.length / 1024).toFixed(0)} KiB`,
        CSV: `${ms(csv.ms)}, ${(csv.bytes.length / 1024).toFixed(0)} KiB`,
        JSON: `${ms(json.ms)}, ${(json.bytes.length / 1024).toFixed(0)} KiB`,
      });
      if (count === 500) {
        pdf500 = pdfPath;
        w500 = w;
      }
    }
    reportTable(
      `Exports of one room (built server, ${RUNS} PDFs each; notes in zones of 40, a cause link every tenth note; « first » includes starting the worker thread and loading fonts when it had gone idle)`,
      sizes,
    );

    // a live room of another workshop, two providers on it
    const live = await api<CreateWorkshopResponse>(server, 'POST', '/api/workshops', { title: 'Banc « direct »', rooms: 1 });
    const liveRoom = roomDocName(live.workshopId, live.rooms.find((r) => !r.plenary)!.id);
    const a = await openSynced(server, liveRoom, live.facilitatorToken);
    const b = await openSynced(server, liveRoom, live.facilitatorToken);
    open.push(a, b);
    createNote(a.doc, { id: 'live', text: 'départ', x: 0, y: 0 }, { authorId: live.facilitatorId, now: Date.now() });
    while (!boardMaps(b.doc).notes.has('live')) await pause(5);

    const quiet = await liveDelays(a, b, LIVE_MS);
    // co-facilitators of the 500-note workshop, each with 20 exports a minute
    const tokens: string[] = [];
    for (let i = 0; i < 8; i++) {
      tokens.push((await api<JoinResponse>(server, 'POST', '/api/join', { invite: w500!.invites.facilitator, name: `Co-animation ${i + 1}` })).token);
    }
    let made = 0;
    let busy = true;
    const exporting = (async () => {
      while (busy) {
        await download(server, pdf500, tokens[Math.floor(made / 15) % tokens.length]!);
        made++;
      }
    })();
    const loaded = await liveDelays(a, b, LIVE_MS);
    busy = false;
    await exporting;
    const row = (label: string, d: number[]): Row => ({
      board: label,
      edits: d.length,
      p50: ms(percentile(d, 50)),
      p99: ms(percentile(d, 99)),
      max: ms(Math.max(...d)),
    });
    reportTable(
      `A live board while 500-note PDFs are made (built server): one provider edits a note every ${EDIT_EVERY_MS} ms, each edit timed until a second provider sees it; ${(LIVE_MS / 1000).toFixed(0)} s each, ${made} PDFs made one after another during the second`,
      [row('no export running', quiet), row('500-note PDFs being made', loaded)],
    );
  } finally {
    for (const o of open) {
      o.provider.destroy();
      o.doc.destroy();
    }
    await server.stop();
  }
});
