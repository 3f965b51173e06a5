import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const sharedSrc = fileURLToPath(new URL('../../shared/src/index.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Vitest settings for runs that print tables (soak, bench): one file at a time, so they do
 * not skew each other's figures on a small machine, with long time limits.
 */
export function longRunConfig(name: string, include: string, execArgv: string[] = []): ViteUserConfig {
  return defineConfig({
    root,
    resolve: { alias: { '@essaim/shared': sharedSrc } },
    test: {
      name,
      include: [include],
      environment: 'node',
      fileParallelism: false,
      execArgv,
      testTimeout: 30 * 60_000,
      hookTimeout: 60_000,
    },
  });
}
