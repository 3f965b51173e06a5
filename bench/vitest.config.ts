import { longRunConfig } from '../server/soak/longRunConfig.js';

/** The side-by-side benchmarks against the peer servers (`pnpm bench`), one file at a time. */
export default longRunConfig('bench-peers', 'bench/**/*.bench.ts');
