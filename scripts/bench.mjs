// `pnpm bench [--quick]`: benchmarks that print tables and write them to BENCHMARKS.md, with the
// machine and the versions, so figures can be compared from one run to the next.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pnpm } from './pnpm.mjs';
import { runTables } from './runTables.mjs';

const quick = process.argv.includes('--quick');
const started = Date.now();
// The benchmarks run `server/dist/main.js` in its own process: build it from the current sources.
if (!process.argv.includes('--no-build')) pnpm(['--filter', '@essaim/server...', 'run', 'build']);

const extra = process.argv.slice(2).filter((a) => a !== '--quick' && a !== '--no-build');
const run = runTables('server/bench/vitest.config.ts', extra, { ESSAIM_BENCH_QUICK: quick ? '1' : '0' });
const tables = run.tables;

const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(join('node_modules', '.pnpm', 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};
const cpu = cpus();
const doc = `# Essaim — benchmarks

Written by \`npx pnpm@10 bench${quick ? ' --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}; run it again to compare
(\`--quick\` for a shorter pass). Figures, never pass/fail: the tests never time anything.

## Machine and versions

- ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, ${process.platform} ${process.arch}
- Node ${process.version}; yjs ${version('yjs')}, y-protocols ${version('y-protocols')}, y-websocket ${version('y-websocket')}, fastify ${version('fastify')}, better-sqlite3 ${version('better-sqlite3')}
- The server is the built one (\`node server/dist/main.js\`) in its own process, SQLite in a temporary folder, with the
  per-connection rate limits lifted; clients are standard \`WebsocketProvider\`s in the benchmark's process.

## How each figure is taken

- **Cold load**: a board of 5,000 notes written by one client; the server is stopped (snapshot) and started
  again before each run, so the board is loaded from SQLite each time; time from the socket opening to the
  provider's \`sync\` event. "Aged": the same board after ${quick ? '10,000' : '100,000'} moves (one update each).
- **Memory**: RSS of the server process (\`/proc/<pid>/status\`), after idle providers connect to one board, then
  after one provider opens each of 72 breakout rooms.

Not yet measured here: the side-by-side sync load against the y-websocket reference server and Hocuspocus,
cold load in Chromium, and canvas frame times.

## Tables
${tables}`;
writeFileSync('BENCHMARKS.md', doc);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n# Benchmarks${tables}\nBENCHMARKS.md written · ${minutes} min`);
process.exit(run.status);
