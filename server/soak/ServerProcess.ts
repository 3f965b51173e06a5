import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { UNLIMITED_ENV } from './unlimited.js';

/** The built server, as `pnpm start` runs it. */
export const builtMain = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerProcessOptions {
  port: number;
  dataDir: string;
  compactEvery?: number;
  /** the server's own rate limits and socket caps instead of `UNLIMITED_ENV`: for runs that measure abuse */
  productionLimits?: boolean;
  /** more environment variables, applied last */
  env?: Record<string, string>;
  /** node options before the script, e.g. `--cpu-prof` */
  nodeArgs?: string[];
  /** pins the process to this CPU core with `taskset`, where `taskset` exists */
  core?: number;
}

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

/** Whether `taskset` can pin processes here. */
export function canPin(): boolean {
  return spawnSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' }).status === 0;
}

/**
 * `node server/dist/main.js` in a child process on a fixed port and data folder, which can be
 * killed without warning (SIGKILL) and started again on the same data — what a crash is.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private output = '';

  constructor(private readonly opts: ServerProcessOptions) {
    if (!existsSync(builtMain)) throw new Error(`${builtMain} is missing: run \`npx -y pnpm@10 run build\` first`);
  }

  get url(): string {
    return `http://127.0.0.1:${this.opts.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.opts.port}/sync`;
  }

  get logs(): string {
    return this.output;
  }

  /** The server's process id, or null when not running. */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** CPU seconds the server process has used so far (user + system, from /proc), or null when not running. */
  cpuSeconds(): number | null {
    const pid = this.child?.pid;
    if (!pid) return null;
    // the fields after the command name, which is in parentheses and may hold spaces
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  }

  /** Resident memory of the server process in bytes (from /proc), or null when not running. */
  rss(): number | null {
    const pid = this.child?.pid;
    if (!pid) return null;
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  }

  /** Starts the process and waits until `/healthz` answers. */
  async start(): Promise<void> {
    if (this.child) throw new Error('server already running');
    const nodeCommand = [process.execPath, ...(this.opts.nodeArgs ?? []), builtMain];
    const [command, ...args] = this.opts.core === undefined ? nodeCommand : ['taskset', '-c', String(this.opts.core), ...nodeCommand];
    const child = spawn(command!, args, {
      env: {
        ...process.env,
        PORT: String(this.opts.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.opts.dataDir,
        LOG_LEVEL: 'warn',
        CLIENT_DIR: '',
        COMPACT_EVERY: String(this.opts.compactEvery ?? 500),
        ...(this.opts.productionLimits ? {} : UNLIMITED_ENV),
        ...this.opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child = child;
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited (${child.exitCode ?? child.signalCode}):\n${this.output}`);
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`server not healthy after 30 s:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or snapshotted. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** Graceful stop (SIGTERM); throws unless the process exits with 0. */
  async stop(): Promise<void> {
    const code = await this.signal('SIGTERM');
    if (code !== null && code !== 0) throw new Error(`server stopped with code ${code}:\n${this.output}`);
  }

  private async signal(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (!child) return null;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }
}
