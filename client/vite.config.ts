import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const SERVER = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Use the shared sources directly, so the client never waits for a `tsc` build of shared.
    alias: { '@essaim/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
    // One Yjs instance only: two copies break `instanceof` checks inside Yjs.
    dedupe: ['yjs'],
  },
  server: {
    port: 5173,
    proxy: {
      '/api': SERVER,
      '/sync': { target: SERVER, ws: true },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': SERVER,
      '/sync': { target: SERVER, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
});
