import { longRunConfig } from './longRunConfig.js';

/** Soak runs (`pnpm test:soak`): one `*.soak.ts` file per concern, each printing a table of figures. */
// global.gc() for the heap figures
export default longRunConfig('soak', 'server/soak/**/*.soak.ts', ['--expose-gc']);
