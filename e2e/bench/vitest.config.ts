import { longRunConfig } from '../../server/soak/longRunConfig.js';

/**
 * Browser benchmarks (the built app in Debian's Chromium), run after the server ones by
 * `pnpm bench`: one `*.bench.ts` file at a time, each printing its table. Not part of `npm test`.
 */
export default longRunConfig('bench-browser', 'e2e/bench/**/*.bench.ts');
