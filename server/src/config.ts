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
  /** successful joins allowed per address and per minute (a venue shares one address; 0: no limit) */
  joinRateLimit: number;
  /** wrong join codes or invites allowed per address and per minute, both join routes together (0: no limit) */
  wrongCodeRateLimit: number;
  /** wrong join codes or invites allowed per minute from all addresses together (0: no limit) */
  wrongCodeGlobalLimit: number;
  /** Fastify's `trustProxy`: the reverse proxies whose X-Forwarded-For gives the client's address (false: the socket's) */
  trustProxy: boolean | string;
  /** workshops one address may create per minute */
  createRateLimit: number;
  /** requests that write or read whole boards (templates, plenary copy, new rooms) one person may make per minute */
  boardRewriteRateLimit: number;
  /** the address people use (https://essaim.example.org): invitation links and QR codes use it; browser pages from other named hosts are refused */
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
  /** sockets one participant may hold at once, across tabs and documents (0: no cap) */
  maxSocketsPerParticipant: number;
  /** ...one facilitator or observer (the dashboard opens a socket per room) */
  maxSocketsPerFacilitator: number;
  /** worker threads that make PDF, PNG, CSV and JSON exports and read imports (off the event loop the boards sync on) */
  exportWorkers: number;
  /** largest backup file an import accepts (bytes) */
  maxImportBytes: number;
  /** workshops imported per address and per minute */
  importRateLimit: number;
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
    joinRateLimit: intFrom(env.JOIN_RATE_LIMIT, 300, 'JOIN_RATE_LIMIT'),
    wrongCodeRateLimit: intFrom(env.WRONG_CODE_RATE_LIMIT, 30, 'WRONG_CODE_RATE_LIMIT'),
    wrongCodeGlobalLimit: intFrom(env.WRONG_CODE_GLOBAL_LIMIT, 120, 'WRONG_CODE_GLOBAL_LIMIT'),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    createRateLimit: intFrom(env.CREATE_RATE_LIMIT, 20, 'CREATE_RATE_LIMIT'),
    boardRewriteRateLimit: intFrom(env.BOARD_REWRITE_RATE_LIMIT, 30, 'BOARD_REWRITE_RATE_LIMIT'),
    publicUrl: publicUrlFrom(env.PUBLIC_URL),
    sqliteSynchronous: synchronousFrom(env.SQLITE_SYNCHRONOUS),
    syncUpdatesPerSecond: intFrom(env.SYNC_UPDATES_PER_SECOND, 60, 'SYNC_UPDATES_PER_SECOND'),
    syncUpdatesBurst: intFrom(env.SYNC_UPDATES_BURST, 200, 'SYNC_UPDATES_BURST'),
    syncAwarenessPerSecond: intFrom(env.SYNC_AWARENESS_PER_SECOND, 30, 'SYNC_AWARENESS_PER_SECOND'),
    syncAwarenessBurst: intFrom(env.SYNC_AWARENESS_BURST, 100, 'SYNC_AWARENESS_BURST'),
    maxBoardBytes: intFrom(env.MAX_BOARD_BYTES, 5 * 1024 * 1024, 'MAX_BOARD_BYTES'),
    maxSocketsPerParticipant: intFrom(env.MAX_SOCKETS_PER_PARTICIPANT, 8, 'MAX_SOCKETS_PER_PARTICIPANT'),
    maxSocketsPerFacilitator: intFrom(env.MAX_SOCKETS_PER_FACILITATOR, 64, 'MAX_SOCKETS_PER_FACILITATOR'),
    exportWorkers: Math.max(1, intFrom(env.EXPORT_WORKERS, 1, 'EXPORT_WORKERS')),
    maxImportBytes: intFrom(env.MAX_IMPORT_BYTES, 32 * 1024 * 1024, 'MAX_IMPORT_BYTES'),
    importRateLimit: intFrom(env.IMPORT_RATE_LIMIT, 5, 'IMPORT_RATE_LIMIT'),
  };
}

export function databaseFile(config: Config): string {
  return join(config.dataDir, 'essaim.sqlite');
}

/** The address people open, as an origin (`https://essaim.example.org`): links and QR codes are built on it. */
export function publicUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  const fail = (why: string) =>
    new Error(`PUBLIC_URL must be the address people open, such as https://essaim.example.org or http://192.168.1.20:8080 (${why}), got "${value}"`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail('not a full address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fail('http or https only');
  // Essaim serves its pages and sockets at the root of its address: a path could never be reached.
  if (url.pathname !== '/' || url.search || url.hash) throw fail('no path, query or fragment');
  if (url.username || url.password) throw fail('no user name or password');
  return url.origin;
}

/** `true` (any proxy), or the proxies' addresses and ranges (`127.0.0.1,10.0.0.0/8`); unset: trust no header. */
function trustProxyFrom(value: string | undefined): boolean | string {
  if (!value || value === 'false') return false;
  return value === 'true' ? true : value;
}

function synchronousFrom(value: string | undefined): 'NORMAL' | 'FULL' {
  const level = (value || 'NORMAL').toUpperCase();
  if (level !== 'NORMAL' && level !== 'FULL') throw new Error(`SQLITE_SYNCHRONOUS must be NORMAL or FULL, got "${value}"`);
  return level;
}
