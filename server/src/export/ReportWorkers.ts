import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import { Piscina } from 'piscina';
import { AppError } from '../http/AppError.js';
import type { ImportReading, MadeFile, ReportTask } from './reportTasks.js';

/** Exports waiting for a worker beyond which a new one is turned away (503 `export_busy`). */
const QUEUE_MAX = 16;
/** Exports of one workshop waiting or running at once: one workshop's facilitators (as many as it invites) never fill everyone's queue. */
const PER_WORKSHOP_MAX = 3;
/** Imports read at once: each holds its file (up to `MAX_IMPORT_BYTES`) twice, here and in a worker. */
const IMPORTS_MAX = 2;
/** A task still running after this long is stopped (its worker thread with it). */
const TASK_TIMEOUT_MS = 60_000;

/**
 * The export worker threads (piscina): PDF, PNG, CSV, JSON and import reading all run there, so a
 * 2,000-note PDF never holds up the event loop that relays the live boards. Built, the worker is
 * `reportWorker.js` beside this file; run from the TypeScript sources (tests), it is loaded through tsx.
 */
export class ReportWorkers {
  private readonly pool: Piscina;
  private imports = 0;
  private readonly perWorkshop = new Map<string, number>();

  constructor(threads: number, log: FastifyBaseLogger) {
    const fromSources = import.meta.url.endsWith('.ts');
    // tsx (a development dependency) found from this package, whatever the current directory
    const tsx = fromSources ? pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href : '';
    this.pool = new Piscina({
      filename: new URL(fromSources ? './reportWorker.ts' : './reportWorker.js', import.meta.url).href,
      minThreads: 0,
      maxThreads: threads,
      maxQueue: QUEUE_MAX,
      // an idle worker (fonts, pdfkit, canvas loaded: some 100 MB) goes after a minute
      idleTimeout: 60_000,
      execArgv: fromSources ? ['--import', tsx] : [],
      // a report past this is refused (500), never the machine's memory taken
      resourceLimits: { maxOldGenerationSizeMb: 1536 },
    });
    // a worker that fails outside a task (it could not start): logged, never a crash of the server
    this.pool.on('error', (err: unknown) => log.error({ err }, 'export worker failed'));
  }

  /** Makes a file of workshop `workshopId`; past `PER_WORKSHOP_MAX` of its exports at once, 503. */
  async make(workshopId: string, task: Exclude<ReportTask, { kind: 'import' }>): Promise<MadeFile> {
    const running = this.perWorkshop.get(workshopId) ?? 0;
    if (running >= PER_WORKSHOP_MAX) throw new AppError('export_busy', 'This workshop’s other exports are still being made; try again in a few seconds.', { 'retry-after': '10' });
    this.perWorkshop.set(workshopId, running + 1);
    try {
      return (await this.run(task)) as MadeFile;
    } finally {
      const left = (this.perWorkshop.get(workshopId) ?? 1) - 1;
      if (left > 0) this.perWorkshop.set(workshopId, left);
      else this.perWorkshop.delete(workshopId);
    }
  }

  /** Reads an import; past `IMPORTS_MAX` at once, 503 — imports never crowd out the exports. */
  async readImport(task: Extract<ReportTask, { kind: 'import' }>): Promise<ImportReading> {
    if (this.imports >= IMPORTS_MAX) throw new AppError('export_busy', 'Other backups are being read right now; try again in a few seconds.', { 'retry-after': '10' });
    this.imports++;
    try {
      return (await this.run(task)) as ImportReading;
    } finally {
      this.imports--;
    }
  }

  private async run(task: ReportTask): Promise<unknown> {
    if (this.pool.queueSize >= QUEUE_MAX) throw busy();
    try {
      return await this.pool.run(task, { signal: AbortSignal.timeout(TASK_TIMEOUT_MS) });
    } catch (err) {
      if (err instanceof Error && err.message === 'Task queue is at limit') throw busy();
      if (err instanceof Error && err.name === 'AbortError') {
        throw new AppError('export_busy', 'This export took too long and was stopped; try fewer rooms, or again in a moment.', { 'retry-after': '30' });
      }
      throw err;
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}

function busy(): AppError {
  return new AppError('export_busy', 'Many exports are being made right now; try again in a few seconds.', { 'retry-after': '10' });
}
