import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sharedSrc = fileURLToPath(new URL('./shared/src/index.ts', import.meta.url));

/** Unit and server-integration tests; end-to-end tests have their own config in e2e/. */
export default defineConfig({
  resolve: { alias: { '@essaim/shared': sharedSrc } },
  test: {
    projects: [
      { extends: true, test: { name: 'shared', include: ['shared/src/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'server', include: ['server/src/**/*.test.ts', 'server/test/**/*.test.ts'], environment: 'node', testTimeout: 20_000 } },
      { extends: true, test: { name: 'client', include: ['client/src/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
