import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sharedSrc = fileURLToPath(new URL('../../shared/src/index.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Soak runs (`pnpm test:soak`): one `*.soak.ts` file per concern, each printing a table of
 * figures. One file at a time, so they do not skew each other's figures on a small machine.
 */
export default defineConfig({
  root,
  resolve: { alias: { '@essaim/shared': sharedSrc } },
  test: {
    name: 'soak',
    include: ['server/soak/**/*.soak.ts'],
    environment: 'node',
    fileParallelism: false,
    // global.gc() for the heap figures
    execArgv: ['--expose-gc'],
    testTimeout: 20 * 60_000,
    hookTimeout: 60_000,
  },
});
