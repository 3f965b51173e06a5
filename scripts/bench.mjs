// `pnpm bench [--quick] [--no-build] [vitest filters…]`: every benchmark, printing tables and
// writing them to BENCHMARKS.md with the machine, the versions and how each figure is taken.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pnpm } from './pnpm.mjs';
import { runTables } from './runTables.mjs';
import { ensureChromium } from './ensureChromium.mjs';

const quick = process.argv.includes('--quick');
const started = Date.now();
const chromium = ensureChromium();
// The benchmarks run the built server and client: build them from the current sources.
if (!process.argv.includes('--no-build')) pnpm(['run', 'build']);

const extra = process.argv.slice(2).filter((a) => a !== '--quick' && a !== '--no-build');
const env = { ESSAIM_BENCH_QUICK: quick ? '1' : '0', CHROMIUM_PATH: chromium };
/** Server side alone, then the three servers side by side, then Chromium: one after the other. */
const SUITES = ['server/bench/vitest.config.ts', 'bench/vitest.config.ts', 'e2e/bench/vitest.config.ts'];
let status = 0;
let tables = '';
for (const config of SUITES) {
  const run = runTables(config, [...extra, '--passWithNoTests'], env);
  status ||= run.status;
  tables += run.tables;
}

const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(join('node_modules', '.pnpm', 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};
const chromiumVersion = (() => {
  try {
    return execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
})();
const cpu = cpus();
const q = (full, short) => (quick ? short : full);
const doc = `# Essaim — benchmarks

Written by \`npx pnpm@10 bench${quick ? ' --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)} (${((Date.now() - started) / 60_000).toFixed(0)} min). Run it again to compare;
\`--quick\` gives a pass of a few minutes with shorter runs. Figures, never pass/fail: the tests never time anything.

## Machine and versions

- ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, ${process.platform} ${process.arch}
- Node ${process.version}; yjs ${version('yjs')}, y-protocols ${version('y-protocols')}, y-websocket ${version('y-websocket')}, fastify ${version('fastify')}, ws ${version('ws')}, better-sqlite3 ${version('better-sqlite3')}
- Peers: @y/websocket-server ${version('@y/websocket-server')} (the y-websocket reference server), @hocuspocus/server ${version('@hocuspocus/server')} — dev dependencies of \`bench/\` only
- ${chromiumVersion}, playwright-core ${version('playwright-core')}, konva ${version('konva')}, react-konva ${version('react-konva')}

## How to reproduce

\`npx pnpm@10 bench\` (or \`--quick\`) on a fresh clone after \`npm run quickstart\`'s install; a file filter runs only
some, e.g. \`npx pnpm@10 bench --no-build workshop\`. The files: \`server/bench/*.bench.ts\` (Essaim's server alone),
\`bench/sync/*.bench.ts\` (the three servers side by side), \`bench/layout/*.bench.ts\` (board operations in-process),
\`e2e/bench/*.bench.ts\` (Chromium).

## How each figure is taken

- **Side by side** (workshop, plenary, drag storm): each run starts a fresh server — Essaim's built server
  (\`node server/dist/main.js\`: SQLite on disk, every update checked against the rights and stored before it is
  relayed, tokens, default per-connection rate limits), the reference server (\`setupWSConnection\`, no persistence)
  or Hocuspocus (no extension) — pinned to core 1 with \`taskset\`; the load generator (this process) is pinned to
  core 0. Runs are interleaved (${q('Essaim, reference, Hocuspocus, Hocuspocus, reference, Essaim', 'Essaim, reference, Hocuspocus')}). Every participant is a
  real socket; on Essaim each joins the workshop with its code and gets its own token and room. A few **probes** per
  room are full Yjs clients: each writes a note every second, and the time until it arrives at the other probes
  of its room is the propagation figure (one clock). The others are **thin** clients: they write real Yjs updates
  (new notes, moves of their own notes, from a small doc of their own) and send their cursor, but only count what
  they receive. *Delivered* is document updates received ÷ updates the others wrote, over every client, after a
  2 s drain. *Server CPU* is user + system time of the server process from \`/proc\` ÷ wall time (100 % = one
  core); *peak RSS* its VmHWM; *out* the bytes all clients received per second; *presence frames/client/s* the
  awareness frames each client received per second; *rooms left* the documents the server still holds 3 s
  after everybody left. A run where the generator itself was saturated (its CPU over 90 % of its core, or its
  event-loop delay p99 over 50 ms) is discarded and listed.
- **Cold load, server side**: a board of 5,000 notes written by one client; the server is stopped (snapshot) and
  started again before each run, so the board is loaded from SQLite each time; time from the socket opening to
  the provider's \`sync\` event. "Aged": the same board after ${q('100,000', '10,000')} moves (one update each).
- **Memory**: RSS of the server process (\`/proc/<pid>/status\`), after idle providers connect to one board, then
  after one provider opens each of 72 breakout rooms.
- **« Réorganiser »**: \`arrangeProblemTree\` in-process on a problem tree of 200 notes scattered at random (sizes
  60–360 × 60–260, 70 % causes), on a fresh copy of the board each run; reading the notes, links and tree and the
  flextree layout are also timed apart, and the one update it writes is applied to a second document; *update
  bytes* is that update's size. Alone: \`npx vitest run --config bench/vitest.config.ts bench/layout\`.
- **« Révéler »**: the built server, everyone connected to their own drafts document and a facilitator's provider
  on each board; the time of the \`POST …/private-phase/reveal\` request, and until that provider holds every
  revealed note: 1 room of 10 people × 10 drafts (100), 6 rooms × 7 people × 4 drafts at once, 6 rooms of 100
  drafts at once.
- **Dot voting**: the built server; each room's board holds 100 notes written by a facilitator's provider, which
  stays connected; ${q('7', '3')} runs, each on a new workshop whose people join by code (join limits lifted). A round
  on every breakout room (3 dots a person, 1 a note, results after the close), then every person puts their 3
  dots, one \`POST …/votes/:voteId/dots\` after another, all people at once over keep-alive HTTP (Node's fetch: up
  to 300 requests in flight): 1 room of 300 people, and 6 rooms × 50 people in one round, 900 dots either way.
  *All accepted*: from the first dot sent to the last answer read; *request*: each dot's round trip, answer
  read, over every dot of every run; *refused*: answers other than 200 by status and code; *server* and
  *generator CPU*: CPU time ÷ wall time of the server and of the process sending the dots (100 % = one core;
  they share the machine); *joins*: the 300 \`POST /api/join\` sent at once, until the last answer. Then
  \`POST …/close\`, and until a facilitator's provider on the workshop document (\`w/<workshopId>\`) holds the
  closed round with all 900 dots; *counts right*: runs where the close's answer and the document give every note
  exactly the dots sent to it, and 300 people voted.
- **Exports**: the built server (one export worker thread, the default); for 100, 500 and 2,000 notes, one room
  whose notes lie in zones of 40 with a cause link every tenth note, written by a facilitator's provider that stays
  connected; 5 PDFs of that room one after another (\`GET …/export.pdf?rooms=<room>\`, A4), timed until the body is
  read — *first* includes starting the worker thread (it goes after a minute idle) and loading pdfkit, the fonts
  and the canvas; *pages* by \`pdfinfo\`; then one PNG at scale 0.5, the CSV and the JSON backup of the workshop.
  *Live board*: another workshop's room, two providers; one edits a note every 25 ms and each edit is timed until
  the other sees it, for 15 s with no export, then for 15 s while 500-note PDFs are made one after another
  (co-facilitators' tokens taking turns, each person having 20 exports a minute).
- **Chromium**: headless Debian Chromium driven by Playwright, the built client served by the built server; see
  each table's title for what is timed.

## Tables
${tables}`;
writeFileSync('BENCHMARKS.md', doc);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n# Benchmarks${tables}\nBENCHMARKS.md written · ${minutes} min`);
process.exit(status);
