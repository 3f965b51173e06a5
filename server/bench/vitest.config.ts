import { longRunConfig } from '../soak/longRunConfig.js';

/** Benchmarks (`pnpm bench`): one `*.bench.ts` file per measure, each printing a table. */
export default longRunConfig('bench', 'server/bench/**/*.bench.ts');
