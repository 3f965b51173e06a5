// `npm run quickstart`: installs, builds and starts Essaim on http://localhost:8080 (SQLite in ./data).
import { spawn } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { pnpm } from './pnpm.mjs';

pnpm(['install', '--frozen-lockfile']);
pnpm(['run', 'build']);
const port = process.env.PORT || '8080';
console.log('\nEssaim démarre sur http://localhost:' + port + ' (Ctrl+C pour arrêter)');
// the addresses participants on the same network can open (localhost only works on this machine)
const host = process.env.HOST || '0.0.0.0';
const lan = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a && a.family === 'IPv4' && !a.internal && (host === '0.0.0.0' || a.address === host))
  .map((a) => `http://${a.address}:${port}`);
if (process.env.PUBLIC_URL) console.log('Liens d’invitation\u00a0: ' + process.env.PUBLIC_URL);
else if (lan.length > 0) console.log('Depuis le même réseau\u00a0: ' + lan.join(', ') + ' (ouvrez Essaim à cette adresse pour inviter)');
console.log('');
const server = spawn(process.execPath, ['server/dist/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
