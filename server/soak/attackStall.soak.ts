import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { sampleNote } from '../test/openBoard.js';
import { createWorkshop, joinAttackers, openAttackedBoard, REALISTIC_BOARD as BOARD } from './attackBoard.js';
import { AttackerPool, formatCloses, runAttack, type AttackFigures } from './attacker.js';
import { attackClasses, type AttackClass } from './attackFrames.js';
import { percentile, RelayProbe, slowest } from './relayProbe.js';
import { canPin, freePort, ServerProcess } from './ServerProcess.js';
import { mib, reportTable, type Row } from './soakTable.js';

/**
 * Security issue #9, « bounded work per message »: while one attacker sends the worst frames of
 * each class it can build, as fast as the server lets it, another room's relay and /healthz must
 * keep answering (the issue's bar: p99 and max under 100 ms). The built server runs in a child
 * process with its production limits; the attacked board is realistic (2,000 notes by the
 * facilitator, 5,000 moves, two notes with a 3,000-item history); the probe (relayProbe.ts)
 * times the other room from a worker thread. The attacker holds the join code: before each class
 * it joins as 100 new participants, so that every class starts with fresh per-person budgets (one
 * address may join 300 a minute; the join limit is lifted here only so that the run need not
 * wait for it), and keeps 8 sockets busy. A class's window lasts until the attacker's last frame
 * is answered: a stall it caused is counted. `run-queue wait` is the time the server was ready to
 * run but had no CPU (from /proc/<pid>/schedstat): when it is large, the machine, not the
 * server's work, made the wait. One row per class; figures only — the assertions are about the
 * other room's clients (nothing they write is lost, none of them is cut off, /healthz never
 * fails) and the server (no fault). attackCost.soak.ts says what each frame costs, and where.
 *
 * Alone: `npx pnpm@10 test:soak attackStall`. Knobs (environment): ATTACK_SECONDS per class
 * (10), ATTACK_CLASSES=1,3,7a (a subset), ATTACK_LANES sockets at once (8), ATTACK_PEOPLE
 * participants joined before each class (100), ATTACK_CPU_PROF=<folder> (the server runs with
 * `--cpu-prof` and writes its profile there when it stops; each window's offset from the
 * server's start is printed), ATTACK_PIN=1 (the server on core 1, the attacker and the probe on
 * core 0, with `taskset`: only on an otherwise idle machine).
 */

const SECONDS = Number(process.env.ATTACK_SECONDS ?? 10);
const LANES = Number(process.env.ATTACK_LANES ?? 8);
const PEOPLE = Number(process.env.ATTACK_PEOPLE ?? 100);
const ONLY = process.env.ATTACK_CLASSES ? new Set(process.env.ATTACK_CLASSES.split(',').map((s) => s.trim())) : null;
const PROFILE_DIR = process.env.ATTACK_CPU_PROF;
const PIN = process.env.ATTACK_PIN === '1';
/** The issue's bar for another room's relay and /healthz. */
const STALL_MS = 100;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (v: number): string => (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(1) : v.toFixed(0));

/**
 * The server's warnings in `logs` (pino JSON lines), by message and reason (the part before any
 * parenthesis): lines logged, the server folding one person's repeats within 10 s into one.
 */
function warningsIn(logs: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of logs.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { msg?: string; reason?: string };
      const key = `${entry.msg ?? '?'}${entry.reason ? `: ${entry.reason.replace(/\s*\(.*$/, '')}` : ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    } catch {
      // not a log line
    }
  }
  return counts;
}

/** Seconds the process has waited on a run queue, ready to run (the second field of /proc/<pid>/schedstat, in ns). */
function runQueueSeconds(pid: number | null): number {
  if (!pid) return 0;
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
  } catch {
    return 0;
  }
}

it(`another room's relay and /healthz while one attacker sends each class of worst frames, ${SECONDS} s each`, async () => {
  // On request, the server gets a core of its own, the attacker and the probe share the other (as bench/sync does).
  const cores = availableParallelism();
  const pinned = PIN && canPin() && cores >= 2;
  if (pinned) spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  const dataDir = mkdtempSync(join(tmpdir(), 'essaim-attack-'));
  const server = new ServerProcess({
    port: await freePort(),
    dataDir,
    productionLimits: true,
    // the attacker's identities: 100 per class, joined between windows (joins are not what is measured)
    env: { JOIN_RATE_LIMIT: '100000' },
    ...(pinned ? { core: 1 } : {}),
    nodeArgs: PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${resolve(PROFILE_DIR)}`] : [],
  });
  const serverStartedAt = performance.now();
  await server.start();
  let probe: RelayProbe | null = null;
  let destroyBoard = (): void => {};
  try {
    const setupStarted = performance.now();
    const board = await openAttackedBoard(server.url, server.wsUrl, BOARD).catch((err: Error) => {
      throw new Error(`${err.message}\n${server.logs.split('\n').filter((l) => l.includes('"level":40')).slice(0, 5).join('\n')}`);
    });
    destroyBoard = board.destroy;
    const neighbour = await createWorkshop(server.url, 'Atelier voisin — salle sondée');
    const sonde = await neighbour.join('Sonde');
    probe = await RelayProbe.open({
      wsUrl: server.wsUrl,
      httpUrl: server.url,
      docName: neighbour.docName,
      writerToken: neighbour.workshop.facilitatorToken,
      readerToken: sonde.token,
      note: { ...sampleNote('probe-0', neighbour.workshop.facilitatorId) },
    });
    console.log(
      `attacked board: ${BOARD.notes} notes, ${BOARD.moves} moves, a ${board.facts.chain.length}-item history, ${board.updates} updates, ` +
        `built in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; server RSS ${mib(server.rss() ?? 0)}; ` +
        `${pinned ? 'server pinned to core 1' : 'not pinned'}; ${cores} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    );

    // a first window warms the probe up (its first changes and requests are slower); its figures are dropped
    await probe.start();
    await pause(2000);
    await probe.stop();

    const classes = attackClasses(board.facts, board.view).filter((c) => !ONLY || ONLY.has(c.id));
    const runs: (AttackClass | null)[] = [null, ...classes];
    const rows: Row[] = [];
    const reasonRows: Row[] = [];
    const serverCloses = new Map<string, number>();
    /** what the other room's honest clients suffered, by class */
    const honestHurt: Record<string, string> = {};

    for (const attack of runs) {
      const pool = new AttackerPool(attack ? await joinAttackers(board, PEOPLE, attack.id) : []);
      const logsBefore = server.logs.length;
      const cpuBefore = server.cpuSeconds() ?? 0;
      const waitBefore = runQueueSeconds(server.pid);
      const startedAt = performance.now();
      let peakRss = server.rss() ?? 0;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, server.rss() ?? 0)), 100);
      await probe.start();
      let figures: AttackFigures = { sent: 0, sockets: 0, closes: new Map() };
      if (attack) figures = await runAttack({ wsUrl: server.wsUrl, docName: board.docName, pool, attack, seconds: SECONDS, lanes: LANES });
      else await pause(SECONDS * 1000);
      const elapsed = (performance.now() - startedAt) / 1000;
      const cpu = ((server.cpuSeconds() ?? 0) - cpuBefore) / elapsed;
      const runQueue = runQueueSeconds(server.pid) - waitBefore;
      const window = await probe.stop();
      clearInterval(sampler);

      const relay = { p50: percentile(window.relay, 50), p99: percentile(window.relay, 99), max: percentile(window.relay, 100) };
      const health = { p99: percentile(window.health, 99), max: percentile(window.health, 100) };
      const over = [relay.p99 >= STALL_MS || health.p99 >= STALL_MS ? 'p99' : '', relay.max >= STALL_MS || health.max >= STALL_MS ? 'max' : ''].filter(Boolean).join(', ');
      const row: Row = {
        class: attack ? `${attack.id}. ${attack.title}` : '0. baseline: no attacker',
        sent: figures.sent,
        sockets: figures.sockets,
        'server closes': formatCloses(figures.closes),
        'relay p50': ms(relay.p50),
        'relay p99': ms(relay.p99),
        'relay max': ms(relay.max),
        undelivered: window.lost,
        'probe closes': window.closeCodes.join(' '),
        'healthz p99': ms(health.p99),
        'healthz max': ms(health.max),
        window: `${elapsed.toFixed(1)} s`,
        'server CPU': `${Math.round(cpu * 100)} %`,
        'run-queue wait': `${Math.round(runQueue * 1000)} ms`,
        'peak RSS': mib(peakRss),
        'probe lag': ms(window.loopDelayMaxMs),
        [`≥ ${STALL_MS} ms`]: over,
      };
      rows.push(row);
      reasonRows.push({ class: String(row.class).split('.')[0]!, 'server warnings logged (message: reason × lines)': formatCloses(warningsIn(server.logs.slice(logsBefore))) });
      if (PROFILE_DIR) console.log(`profile window ${row.class}: ${((startedAt - serverStartedAt) / 1000).toFixed(1)}–${((startedAt - serverStartedAt) / 1000 + elapsed).toFixed(1)} s after the server started`);
      console.log(Object.entries(row).map(([k, v]) => `${k}: ${v}`).join(' | '));
      if (over) console.log(`  slowest relays: ${slowest(window.relay, window.relayAt)}\n  slowest /healthz: ${slowest(window.health, window.healthAt)}`);
      for (const [code, n] of figures.closes) serverCloses.set(code, (serverCloses.get(code) ?? 0) + n);
      const hurt = [window.lost ? `${window.lost} changes never delivered` : '', window.healthErrors ? `${window.healthErrors} /healthz failed (${Object.entries(window.healthErrorKinds).map(([k, n]) => `${k} ×${n}`).join(', ')})` : '', window.closeCodes.length ? `probe closed with ${window.closeCodes.join(', ')}` : '']
        .filter(Boolean)
        .join('; ');
      if (hurt) honestHurt[String(row.class)] = hurt;
      // the attacker's last sockets close and their budgets fade before the next class
      await pause(1000);
    }

    reportTable(
      `Attack stalls (issue #9): another room's relay and /healthz, ms, while one attacker sends each class for ${SECONDS} s ` +
        `(${LANES} sockets at once, ${PEOPLE} new participants per class; board ${BOARD.notes} notes, ${BOARD.moves} moves, ${board.facts.chain.length}-item history; ` +
        `${cores} cores, load average ${loadavg()[0]!.toFixed(1)}${pinned ? ', server pinned' : ''})`,
      rows,
    );
    reportTable("Attack stalls: what the server said about each class (warnings logged; it folds one person's repeats within 10 s into one)", reasonRows);
    if (PROFILE_DIR) console.log(`server CPU profile: written to ${resolve(PROFILE_DIR)} when the server stops`);

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    // Not timings (the probe waits for its last changes with a 2-minute hang guard): nothing the other
    // room writes is lost, none of its clients is cut off, /healthz never fails, and no attack makes the server fault.
    expect({ honestHurt, serverFaults: serverCloses.get('4500') ?? 0 }).toEqual({ honestHurt: {}, serverFaults: 0 });
  } finally {
    await probe?.close();
    destroyBoard();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
