import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the vitest files of `config` (soak runs, benchmarks) one after the other; each prints
 * its tables and appends them to the file named by `ESSAIM_REPORT` (`reportTable` in
 * `server/soak/soakTable.ts`). Returns vitest's exit status and every table, in order.
 */
export function runTables(config, args = [], env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'essaim-tables-'));
  const report = join(dir, 'tables.txt');
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', config, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env, ESSAIM_REPORT: report },
  });
  let tables;
  try {
    tables = readFileSync(report, 'utf8');
  } catch {
    tables = '\n(no table was written)\n';
  }
  rmSync(dir, { recursive: true, force: true });
  return { status: run.status ?? 1, tables };
}
