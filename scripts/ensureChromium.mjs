import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Debian's Chromium for the end-to-end tests (no browser download works on our machines). */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('Chromium est absent : installation du paquet Debian « chromium »…');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (install && install.status === 0 && existsSync(path)) return path;
  }
  console.error(
    `\n✗ Chromium introuvable (${path}). Installez-le puis relancez :\n` +
      '    sudo apt-get install -y chromium\n' +
      'ou indiquez un autre binaire avec CHROMIUM_PATH=/chemin/vers/chromium.\n',
  );
  process.exit(1);
}
