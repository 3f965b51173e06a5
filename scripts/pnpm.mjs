import { spawnSync } from 'node:child_process';

/**
 * Runs pnpm 10 through npx, so a machine with only Node and npm needs nothing else.
 * Exits the process with pnpm's status when it fails.
 */
export function pnpm(args, options = {}) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['-y', 'pnpm@10', ...args], { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ pnpm ${args.join(' ')} a échoué (code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}
