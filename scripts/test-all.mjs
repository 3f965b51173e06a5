// `npm test`: every test — unit, server integration over real sockets, end-to-end in Chromium.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensureChromium.mjs';
import { ensurePoppler } from './ensurePoppler.mjs';
import { pnpm } from './pnpm.mjs';

const started = Date.now();
const chromium = ensureChromium();
ensurePoppler();
pnpm(['install', '--frozen-lockfile']);
pnpm(['run', 'build']);
pnpm(['run', 'typecheck']);

const reports = mkdtempSync(join(tmpdir(), 'essaim-tests-'));
function vitest(label, args) {
  const out = join(reports, `${label}.json`);
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  let passed = 0;
  let failed = 0;
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests;
  } catch {
    failed = Math.max(1, failed);
  }
  if (run.status !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

const unit = vitest('unit', []);
const e2e = vitest('e2e', ['--config', 'e2e/vitest.config.ts']);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nunit + server: ${unit.passed} passed, ${unit.failed} failed · end-to-end: ${e2e.passed} passed, ${e2e.failed} failed · ${seconds} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
