import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sharedSrc = fileURLToPath(new URL('../../shared/src/index.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Benchmarks (`pnpm bench`): one `*.bench.ts` file per measure, each printing a table; one at a time. */
export default defineConfig({
  root,
  resolve: { alias: { '@essaim/shared': sharedSrc } },
  test: {
    name: 'bench',
    include: ['server/bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    hookTimeout: 60_000,
  },
});
