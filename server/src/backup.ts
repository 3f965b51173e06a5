// `node server/dist/backup.js <file>` (or `npx pnpm@10 backup <file>`): a consistent copy of the
// database while Essaim keeps running. Reads DATA_DIR like the server.
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { databaseFile, readConfig } from './config.js';
import { SqliteStorage } from './storage/SqliteStorage.js';

const destination = process.argv[2];
if (!destination) {
  console.error('Usage : npx pnpm@10 backup <fichier-de-sauvegarde.sqlite>');
  process.exit(2);
}
const config = readConfig();
const storage = new SqliteStorage(databaseFile(config));
const started = Date.now();
await storage.backup(resolve(destination));
await storage.close();
// The copy holds the token signing key, like the original.
chmodSync(resolve(destination), 0o600);
console.log(`Sauvegarde écrite dans ${resolve(destination)} (${Date.now() - started} ms).`);
