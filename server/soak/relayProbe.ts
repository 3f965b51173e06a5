import { Worker } from 'node:worker_threads';

export interface RelayProbeOptions {
  wsUrl: string;
  httpUrl: string;
  /** the probed board: a room nobody attacks */
  docName: string;
  /** a writer allowed to write `note` (its author), and a reader of the board */
  writerToken: string;
  readerToken: string;
  /** a valid note of the writer's; the probe changes its `id` and `x` */
  note: Record<string, unknown>;
  /** one change and one /healthz request this often (default 50 ms) */
  everyMs?: number;
}

export interface ProbeWindow {
  /** ms from each change written to its arrival at the reader */
  relay: number[];
  /** when each of those changes was written, ms after the window started */
  relayAt: number[];
  /** ms for each /healthz answer, from opening its connection */
  health: number[];
  /** when each of those requests was sent, ms after the window started */
  healthAt: number[];
  /** changes that never arrived (within the stop's hang guard) */
  lost: number;
  /** /healthz requests that failed (or were still unanswered when the stop's hang guard ran out) */
  healthErrors: number;
  /** why they failed (an error code, an HTTP status, `unanswered`) → count */
  healthErrorKinds: Record<string, number>;
  /** the probe thread's own worst event-loop delay: when it is large, the probe, not the server, was late */
  loopDelayMaxMs: number;
  /** close codes the probe's two clients got in this window */
  closeCodes: number[];
}

type FromWorker = { type: 'ready' | 'started' | 'closed' } | ({ type: 'result' } & ProbeWindow);

/**
 * The other room's view of an attack: a writer and a reader (standard y-websocket clients) on
 * a board nobody attacks, timing each change from writer to reader, and /healthz timed every
 * 50 ms, each on a new connection (as an uptime monitor asks), from a worker thread so that the attacker's own work does not delay the probe's clocks.
 */
export class RelayProbe {
  private constructor(private readonly worker: Worker) {}

  static async open(opts: RelayProbeOptions): Promise<RelayProbe> {
    const worker = new Worker(new URL('./relayProbe.worker.mjs', import.meta.url), {
      workerData: { everyMs: 50, slots: 50, healthPath: '/healthz', ...opts },
    });
    const probe = new RelayProbe(worker);
    await probe.next('ready', 30_000);
    return probe;
  }

  /** Starts timing: every earlier sample is dropped. */
  async start(): Promise<void> {
    this.worker.postMessage({ type: 'start' });
    await this.next('started', 10_000);
  }

  /**
   * Stops writing and asking, waits for what is on its way (up to `settleMs`: a hang guard, it
   * measures nothing), and returns the samples.
   */
  async stop(settleMs = 120_000): Promise<ProbeWindow> {
    this.worker.postMessage({ type: 'stop', settleMs });
    const { type: _type, ...window } = (await this.next('result', settleMs + 30_000)) as { type: 'result' } & ProbeWindow;
    return window;
  }

  async close(): Promise<void> {
    this.worker.postMessage({ type: 'close' });
    await this.next('closed', 10_000).catch(() => undefined);
    await this.worker.terminate();
  }

  private next(type: FromWorker['type'], timeoutMs: number): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`relay probe: no "${type}" after ${timeoutMs} ms`)), timeoutMs);
      const onMessage = (message: FromWorker): void => {
        if (message.type === type) done(null, message);
      };
      const onError = (err: Error): void => done(err);
      const done = (err: Error | null, message?: FromWorker): void => {
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
        if (err) reject(err);
        else resolve(message!);
      };
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
    });
  }
}

/** The `n` slowest samples as `ms@+s` (when they started in the window), slowest first. */
export function slowest(values: readonly number[], at: readonly number[], n = 5): string {
  return values
    .map((v, i) => [v, at[i] ?? 0] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, n)
    .map(([v, t]) => `${Math.round(v)} ms@+${(t / 1000).toFixed(1)} s`)
    .join(', ');
}

/** The p-th percentile (nearest rank) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
