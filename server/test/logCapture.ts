import { Writable } from 'node:stream';
import type { Config } from '../src/config.js';
import { useServer } from './openBoard.js';
import type { TestServer } from './startServer.js';

/** One pino line, parsed. */
export type LogEntry = Record<string, unknown> & { msg?: string };

export interface LogCapture {
  /** pass as `logStream` to `buildApp` */
  stream: Writable;
  lines(): string[];
  entries(): LogEntry[];
}

/** Keeps everything the server logs in memory, so a test can read what was (not) written. */
export function captureLogs(): LogCapture {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const lines = (): string[] => text.split('\n').filter(Boolean);
  return { stream, lines, entries: () => lines().map((l) => JSON.parse(l) as LogEntry) };
}

/** A server logging at `info` into memory, disposed when the test ends. */
export async function useLoggedServer(overrides: Partial<Config> = {}): Promise<{ server: TestServer; logs: LogCapture }> {
  const logs = captureLogs();
  const server = await useServer({ logLevel: 'info', ...overrides }, undefined, { logStream: logs.stream });
  return { server, logs };
}

/** The server's log lines for refused changes (4409): who, which document, why. */
export function refusedChanges(logs: LogCapture): LogEntry[] {
  return logs.entries().filter((e) => e.msg === 'refused change');
}
