import { spawnSync } from 'node:child_process';
import { reportTable, type Row } from '../../server/soak/soakTable.js';
import { SERVER_LABELS, type ServerKind } from './dialects.js';
import { runLoad, type RunResult, type Workload } from './runLoad.js';

export const QUICK = process.env.ESSAIM_BENCH_QUICK === '1';
const KINDS: ServerKind[] = ['essaim', 'reference', 'hocuspocus'];
/** A B C C B A: drift of the machine over time (heat, other work) falls on every server alike. */
const ORDER: ServerKind[] = QUICK ? KINDS : [...KINDS, ...[...KINDS].reverse()];

/** The load generator keeps core 0; each server is started on core 1. */
export function pinGenerator(): void {
  spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Every server's counted runs of one workload, and the runs that were discarded. */
export interface SideBySide {
  runs: Map<ServerKind, RunResult[]>;
  /** runs played while the generator was saturated, kept apart */
  saturatedRuns: Map<ServerKind, RunResult[]>;
  discarded: string[];
}

/** Plays `w` against the three servers in interleaved order. */
export async function sideBySide(label: string, w: Workload): Promise<SideBySide> {
  pinGenerator();
  const runs = new Map<ServerKind, RunResult[]>(KINDS.map((k) => [k, []]));
  const saturatedRuns = new Map<ServerKind, RunResult[]>(KINDS.map((k) => [k, []]));
  const discarded: string[] = [];
  for (const kind of ORDER) {
    const r = await runLoad(kind, w);
    if (r.discarded) {
      discarded.push(`${label}, ${SERVER_LABELS[kind]}: ${r.discarded}; its figures then: p99 ${percentile(r.latencies, 99).toFixed(0)} ms, delivered ${share(r.delivered / r.expected)}, ${r.awarenessFramesPerClientSecond.toFixed(0)} presence frames/client/s`);
      saturatedRuns.get(kind)!.push(r);
    } else runs.get(kind)!.push(r);
    console.log(`${label} · ${SERVER_LABELS[kind]}: p99 ${percentile(r.latencies, 99).toFixed(1)} ms, delivered ${r.delivered}/${r.expected}, CPU ${(r.serverCpu * 100).toFixed(0)} %${r.discarded ? ` — discarded: ${r.discarded}` : ''}`);
  }
  return { runs, saturatedRuns, discarded };
}

export interface Summary {
  latencies: number[];
  deliveredShare: number;
  serverCpu: number;
}

export function summarize(results: RunResult[]): Summary {
  const delivered = results.reduce((n, r) => n + r.delivered + r.latencies.length, 0);
  const expected = results.reduce((n, r) => n + r.expected + r.probeExpected, 0);
  return {
    latencies: results.flatMap((r) => r.latencies),
    deliveredShare: expected === 0 ? NaN : delivered / expected,
    serverCpu: results.reduce((n, r) => n + r.serverCpu, 0) / results.length,
  };
}

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');
export const share = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(2)} %` : '—');

/** One row per server: propagation, delivery, CPU, memory, traffic, what is left loaded. */
export function serverRow(kind: ServerKind, results: RunResult[], extra: Row = {}): Row {
  if (results.length === 0) return { server: SERVER_LABELS[kind], ...extra, runs: '0 (all discarded)' };
  const s = summarize(results);
  const mean = (f: (r: RunResult) => number) => results.reduce((n, r) => n + f(r), 0) / results.length;
  return {
    server: SERVER_LABELS[kind],
    ...extra,
    runs: results.length,
    p50: ms(percentile(s.latencies, 50)),
    p95: ms(percentile(s.latencies, 95)),
    p99: ms(percentile(s.latencies, 99)),
    max: ms(Math.max(...s.latencies)),
    delivered: share(s.deliveredShare),
    'server CPU': `${(s.serverCpu * 100).toFixed(0)} %`,
    'peak RSS': `${(Math.max(...results.map((r) => r.peakRss)) / 1024 / 1024).toFixed(0)} MiB`,
    'out': `${(mean((r) => r.bytesOutPerSecond) / 1024 / 1024).toFixed(2)} MiB/s`,
    'presence frames/client/s': mean((r) => r.awarenessFramesPerClientSecond).toFixed(1),
    'rooms left': Math.max(...results.map((r) => r.roomsLeft)),
    dropped: results.reduce((n, r) => n + r.dropped, 0),
  };
}

/** Prints the table, with the discarded runs said underneath. */
export function reportSideBySide(title: string, rows: Row[], discarded: string[]): void {
  reportTable(title, rows);
  if (discarded.length > 0) reportTable(`${title}: discarded runs`, discarded.map((d) => ({ 'discarded run': d })));
}

export const KIND_LIST = KINDS;
