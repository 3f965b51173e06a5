import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const SERVER = 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    // The app shell (index.html + hashed assets) in a service worker, so a board opens and
    // reloads offline; the notes themselves live in IndexedDB (y-indexeddb).
    VitePWA({
      strategies: 'generateSW',
      // an external /registerSW.js: nothing inline, so the page works under `script-src 'self'`
      injectRegister: 'script',
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        // every client route (/atelier/…, /rejoindre/…) is the single-page app
        navigateFallback: '/index.html',
        // the API, the sync sockets and the health check always go to the network
        navigateFallbackDenylist: [/^\/api\//, /^\/sync\//, /^\/healthz/],
        // a new build takes over at once; precache entries of older builds are deleted
        cleanupOutdatedCaches: true,
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
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
    // the server serves dist as it is: no source maps in production (the dev server has its own)
    sourcemap: false,
  },
});
