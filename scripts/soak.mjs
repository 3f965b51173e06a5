// `pnpm test:soak`: the long runs — crash trials against the built server, connection churn,
// compaction of a board moved for hours. Each `server/soak/*.soak.ts` prints a table of
// figures; all the tables are printed again together at the end.
import { pnpm } from './pnpm.mjs';
import { runTables } from './runTables.mjs';

const started = Date.now();
// The crash trials run `server/dist/main.js`: build it (and `shared`) from the current sources.
if (!process.argv.includes('--no-build')) pnpm(['--filter', '@essaim/server...', 'run', 'build']);

// Extra arguments (a file filter such as `churn`) go to vitest.
const extra = process.argv.slice(2).filter((a) => a !== '--no-build');
const run = runTables('server/soak/vitest.config.ts', extra);
const tables = run.tables;
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n# Soak figures${tables}\n${run.status === 0 ? 'all soak runs passed' : 'SOME SOAK RUNS FAILED'} · ${minutes} min`);
process.exit(run.status);
