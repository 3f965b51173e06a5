import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** folder holding the SQLite file and the signing key */
  dataDir: string;
  /** built client served as static files; null to serve the API only */
  clientDir: string | null;
  logLevel: string;
  /** compact a room's log into a snapshot after this many appended updates */
  compactEvery: number;
  /** largest WebSocket frame accepted, in bytes (bigger frames close with 1009) */
  maxPayload: number;
  /** join attempts allowed per address and per minute */
  joinRateLimit: number;
  /** workshops one address may create per minute */
  createRateLimit: number;
  /** the address people use (https://essaim.example.org); browsers from any other origin are refused */
  publicUrl: string | null;
  /** SQLite `synchronous` level: NORMAL (default) survives process crashes, FULL power losses too */
  sqliteSynchronous: 'NORMAL' | 'FULL';
  /** document updates (sync messages) one connection may send per second, sustained */
  syncUpdatesPerSecond: number;
  /** ...and in a burst (a step 2 after offline work, a quick group move) */
  syncUpdatesBurst: number;
  /** presence changes one connection may send per second (echoes of others' presence are free) */
  syncAwarenessPerSecond: number;
  syncAwarenessBurst: number;
  /** estimated encoded size of a board beyond which participants may only delete (bytes) */
  maxBoardBytes: number;
}

const defaultClientDir = fileURLToPath(new URL('../../client/dist', import.meta.url));

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/** Reads the configuration from environment variables (README lists them). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env.PORT, 8080, 'PORT'),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR || './data'),
    clientDir: env.CLIENT_DIR === '' ? null : resolve(env.CLIENT_DIR || defaultClientDir),
    logLevel: env.LOG_LEVEL || 'info',
    compactEvery: intFrom(env.COMPACT_EVERY, 500, 'COMPACT_EVERY'),
    maxPayload: intFrom(env.MAX_PAYLOAD, 1024 * 1024, 'MAX_PAYLOAD'),
    joinRateLimit: intFrom(env.JOIN_RATE_LIMIT, 30, 'JOIN_RATE_LIMIT'),
    createRateLimit: intFrom(env.CREATE_RATE_LIMIT, 20, 'CREATE_RATE_LIMIT'),
    publicUrl: publicUrlFrom(env.PUBLIC_URL),
    sqliteSynchronous: synchronousFrom(env.SQLITE_SYNCHRONOUS),
    syncUpdatesPerSecond: intFrom(env.SYNC_UPDATES_PER_SECOND, 60, 'SYNC_UPDATES_PER_SECOND'),
    syncUpdatesBurst: intFrom(env.SYNC_UPDATES_BURST, 200, 'SYNC_UPDATES_BURST'),
    syncAwarenessPerSecond: intFrom(env.SYNC_AWARENESS_PER_SECOND, 30, 'SYNC_AWARENESS_PER_SECOND'),
    syncAwarenessBurst: intFrom(env.SYNC_AWARENESS_BURST, 100, 'SYNC_AWARENESS_BURST'),
    maxBoardBytes: intFrom(env.MAX_BOARD_BYTES, 5 * 1024 * 1024, 'MAX_BOARD_BYTES'),
  };
}

export function databaseFile(config: Config): string {
  return join(config.dataDir, 'essaim.sqlite');
}

function publicUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`PUBLIC_URL must be a full address such as https://essaim.example.org, got "${value}"`);
  }
}

function synchronousFrom(value: string | undefined): 'NORMAL' | 'FULL' {
  const level = (value || 'NORMAL').toUpperCase();
  if (level !== 'NORMAL' && level !== 'FULL') throw new Error(`SQLITE_SYNCHRONOUS must be NORMAL or FULL, got "${value}"`);
  return level;
}
