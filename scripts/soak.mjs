// `pnpm test:soak`: the long runs — crash trials against the built server, connection churn,
// compaction of a board moved for hours. Each `server/soak/*.soak.ts` prints a table of
// figures; all the tables are printed again together at the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pnpm } from './pnpm.mjs';

const started = Date.now();
// The crash trials run `server/dist/main.js`: build it (and `shared`) from the current sources.
if (!process.argv.includes('--no-build')) pnpm(['--filter', '@essaim/server...', 'run', 'build']);

const reports = mkdtempSync(join(tmpdir(), 'essaim-soak-'));
const report = join(reports, 'tables.txt');
// Extra arguments (a file filter such as `churn`) go to vitest.
const extra = process.argv.slice(2).filter((a) => a !== '--no-build');
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'server/soak/vitest.config.ts', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, ESSAIM_SOAK_REPORT: report },
});

let tables = '';
try {
  tables = readFileSync(report, 'utf8');
} catch {
  tables = '(no table was written)\n';
}
rmSync(reports, { recursive: true, force: true });
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n# Soak figures${tables}\n${run.status === 0 ? 'all soak runs passed' : 'SOME SOAK RUNS FAILED'} · ${minutes} min`);
process.exit(run.status ?? 1);
