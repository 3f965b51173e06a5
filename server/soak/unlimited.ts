import { readConfig, type Config } from '../src/config.js';

/**
 * Rate limits lifted, for runs that measure durability and size rather than abuse: one client
 * here makes in seconds the changes a workshop makes in hours, and every client joins from the
 * same address. Given as environment variables so the built server reads them the same way.
 */
export const UNLIMITED_ENV: Record<string, string> = {
  JOIN_RATE_LIMIT: '1000000',
  CREATE_RATE_LIMIT: '1000000',
  BOARD_REWRITE_RATE_LIMIT: '1000000',
  SYNC_UPDATES_PER_SECOND: '1000000',
  SYNC_UPDATES_BURST: '1000000',
  SYNC_AWARENESS_PER_SECOND: '1000000',
  SYNC_AWARENESS_BURST: '1000000',
  // simulated people reconnect faster than the server notices their old sockets close
  MAX_SOCKETS_PER_PARTICIPANT: '0',
  MAX_SOCKETS_PER_FACILITATOR: '0',
};

/** The same, as `startServer` overrides (only the limits: the folder, port and logs stay the test's). */
export function unlimitedConfig(): Partial<Config> {
  const { dataDir: _dataDir, clientDir: _clientDir, logLevel: _logLevel, port: _port, host: _host, ...limits } = readConfig(UNLIMITED_ENV);
  return limits;
}
