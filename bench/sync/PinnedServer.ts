import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../server/soak/ServerProcess.js';
import type { ServerKind } from './dialects.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const SCRIPTS: Record<ServerKind, string> = {
  essaim: here('../../server/dist/main.js'),
  reference: here('../servers/referenceServer.mjs'),
  hocuspocus: here('../servers/hocuspocusServer.mjs'),
};
const STATS_PATH: Record<ServerKind, string> = { essaim: '/healthz', reference: '/stats', hocuspocus: '/stats' };
/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

export interface ServerStats {
  rooms: number;
  connections: number;
}

/**
 * One server in its own process, pinned to one core with `taskset` where it exists, so the
 * three are measured on equal terms and the load generator keeps the other core.
 */
export class PinnedServer {
  private child: ChildProcess | null = null;
  private output = '';
  private dataDir: string | null = null;
  port = 0;

  constructor(
    readonly kind: ServerKind,
    private readonly core: number | null,
  ) {}

  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    const env: Record<string, string> = { ...(process.env as Record<string, string>), PORT: String(this.port) };
    if (this.kind === 'essaim') {
      this.dataDir = mkdtempSync(join(tmpdir(), 'essaim-bench-sync-'));
      // Real persistence, auth, rights checks and per-connection limits; only joining is opened
      // up, since every simulated participant joins from the same address within seconds.
      Object.assign(env, { HOST: '127.0.0.1', DATA_DIR: this.dataDir, LOG_LEVEL: 'warn', CLIENT_DIR: '', JOIN_RATE_LIMIT: '1000000', CREATE_RATE_LIMIT: '1000000' });
    }
    const [command, args] = this.core === null ? [process.execPath, [SCRIPTS[this.kind]]] : ['taskset', ['-c', String(this.core), process.execPath, SCRIPTS[this.kind]]];
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child = child;
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${this.kind} server exited (${child.exitCode}):\n${this.output}`);
      try {
        await this.stats();
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`${this.kind} server not answering after 30 s:\n${this.output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  async stats(): Promise<ServerStats> {
    const res = await fetch(`${this.httpUrl}${STATS_PATH[this.kind]}`);
    if (!res.ok) throw new Error(`stats: ${res.status}`);
    return (await res.json()) as ServerStats;
  }

  /** CPU seconds the process has used so far (user + system). */
  cpuSeconds(): number {
    const stat = readFileSync(`/proc/${this.pid()}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  }

  /** Resident memory now, and its peak, in bytes. */
  memory(): { rss: number; peak: number } {
    const status = readFileSync(`/proc/${this.pid()}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  }

  get logs(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
    this.dataDir = null;
  }

  private pid(): number {
    if (!this.child?.pid) throw new Error(`${this.kind} server is not running`);
    return this.child.pid;
  }
}
