import { defineConfig } from 'vitest/config';

/** End-to-end: the built app in a child process, driven by Debian's Chromium, one spec at a time. */
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('.', import.meta.url).pathname,
    include: ['tests/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
