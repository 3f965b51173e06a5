import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/**
 * A program the tests need, from its Debian package: installed with apt-get when it is absent and
 * we may (root, apt), else a French message saying how, and exit.
 */
export function ensureDebianTool({ path, pkg, envName }) {
  if (existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`${path} est absent : installation du paquet Debian « ${pkg} »…`);
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (install && install.status === 0 && existsSync(path)) return path;
  }
  console.error(
    `\n✗ ${path} introuvable. Installez-le puis relancez :\n` +
      `    sudo apt-get install -y ${pkg}\n` +
      (envName ? `ou indiquez un autre binaire avec ${envName}=/chemin/vers/le/programme.\n` : ''),
  );
  process.exit(1);
}
