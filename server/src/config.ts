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
  };
}

export function databaseFile(config: Config): string {
  return join(config.dataDir, 'essaim.sqlite');
}
