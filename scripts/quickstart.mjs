// `npm run quickstart`: installs, builds and starts Essaim on http://localhost:8080 (SQLite in ./data).
import { spawn } from 'node:child_process';
import { pnpm } from './pnpm.mjs';

pnpm(['install', '--frozen-lockfile']);
pnpm(['run', 'build']);
console.log('\nEssaim démarre sur http://localhost:' + (process.env.PORT || '8080') + ' (Ctrl+C pour arrêter)\n');
const server = spawn(process.execPath, ['server/dist/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
