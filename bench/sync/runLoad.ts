import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DIALECTS, type ServerKind } from './dialects.js';
import { LoadClient } from './LoadClient.js';
import { PinnedServer } from './PinnedServer.js';
import { LatencyBook, ProbeClient } from './ProbeClient.js';
import { takeSeats } from './seats.js';

/** One load shape: who is in which room and what each of them does. */
export interface Workload {
  rooms: number;
  perRoom: number;
  probesPerRoom: number;
  /** a participant writes (a new note, or a move of one of theirs) every this many ms on average; 0: never */
  writeEveryMs: number;
  /** cursor updates per second and per participant; 0: none */
  cursorHz: number;
  /** participants drag a note: live positions at `hz` through presence, a move committed every `dropEveryMs` */
  drag?: { hz: number; dropEveryMs: number };
  /** each probe writes a timed note this often */
  probeEveryMs: number;
  durationMs: number;
}

export interface RunResult {
  kind: ServerKind;
  /** ms from a probe's write to its arrival at another probe of its room */
  latencies: number[];
  probeExpected: number;
  /** document updates received by every client, and how many should have been */
  delivered: number;
  expected: number;
  /** clients whose socket the server closed during the run */
  dropped: number;
  /** share of one core */
  serverCpu: number;
  peakRss: number;
  bytesOutPerSecond: number;
  awarenessFramesPerClientSecond: number;
  roomsLeft: number;
  generatorCpu: number;
  generatorLoopP99Ms: number;
  /** why this run does not count, or null */
  discarded: string | null;
}

const SERVER_CORE = 1;
/** Past these the generator's own delays would be counted as the server's: the run is discarded. */
export const GENERATOR_CPU_LIMIT = 0.9;
const GENERATOR_LOOP_P99_LIMIT_MS = 50;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const jitter = (mean: number) => mean * (0.5 + Math.random());

async function connectAll(clients: LoadClient[], baseUrl: string): Promise<void> {
  for (let i = 0; i < clients.length; i += 25) await Promise.all(clients.slice(i, i + 25).map((c) => c.connect(baseUrl)));
}

/** Every timer a run starts, so all of them stop together. */
class Timers {
  private readonly handles: ReturnType<typeof setTimeout>[] = [];
  every(ms: number, tick: () => void): void {
    // A random phase, so a room's clients do not all speak in the same millisecond.
    this.handles.push(setTimeout(() => this.handles.push(setInterval(tick, ms)), Math.random() * ms));
  }
  around(meanMs: number, tick: () => void): void {
    const next = () => this.handles.push(setTimeout(() => (tick(), next()), jitter(meanMs)));
    next();
  }
  clear(): void {
    for (const h of this.handles) clearTimeout(h);
    this.handles.length = 0;
  }
}

/** Starts a fresh server of `kind`, plays `w` against it from this process, and measures. */
export async function runLoad(kind: ServerKind, w: Workload): Promise<RunResult> {
  const server = new PinnedServer(kind, SERVER_CORE);
  await server.start();
  const timers = new Timers();
  const book = new LatencyBook();
  let clients: LoadClient[] = [];
  try {
    const rooms = await takeSeats(kind, server.httpUrl, w.rooms, w.perRoom);
    let index = 0;
    const byRoom = rooms.map((seats) =>
      seats.map((seat, i) => (i < w.probesPerRoom ? new ProbeClient(DIALECTS[kind], seat, index++, book) : new LoadClient(DIALECTS[kind], seat, index++))),
    );
    clients = byRoom.flat();
    await connectAll(clients, server.wsUrl);
    await pause(1000);

    const cursorOf = (c: LoadClient, t: number) => ({ x: Math.round(1000 + 800 * Math.cos(t / 700 + c.doc.clientID)), y: Math.round(800 + 600 * Math.sin(t / 900)) });
    for (const c of clients) {
      if (w.cursorHz > 0) timers.every(1000 / w.cursorHz, () => c.presence(cursorOf(c, performance.now()), null));
      if (w.drag) timers.every(1000 / w.drag.hz, () => c.presence(cursorOf(c, performance.now()), cursorOf(c, performance.now() + 50)));
    }
    await pause(2000); // presence warm-up: every cursor known everywhere before counting

    for (const c of clients) c.resetCounters();
    book.reset();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const cpu0 = server.cpuSeconds();
    const gen0 = process.cpuUsage();
    const t0 = performance.now();
    for (const room of byRoom) {
      for (const c of room) {
        if (c instanceof ProbeClient) timers.every(w.probeEveryMs, () => c.probe(w.probesPerRoom - 1, Date.now()));
        else if (w.writeEveryMs > 0) timers.around(w.writeEveryMs, () => c.write(Date.now()));
        if (w.drag && !(c instanceof ProbeClient)) timers.around(w.drag.dropEveryMs, () => c.write(Date.now()));
      }
    }
    await pause(w.durationMs);
    timers.clear();
    const seconds = (performance.now() - t0) / 1000;
    const serverCpu = (server.cpuSeconds() - cpu0) / seconds;
    const gen = process.cpuUsage(gen0);
    const generatorCpu = (gen.user + gen.system) / 1e6 / seconds;
    loop.disable();
    const generatorLoopP99Ms = loop.percentile(99) / 1e6;
    await pause(2000); // drain: what is still in flight arrives
    const peakRss = server.memory().peak;
    const latencies = [...book.samples];

    let expected = 0;
    for (const room of byRoom) {
      const roomWrites = room.reduce((n, c) => n + c.writes, 0);
      for (const c of room) expected += roomWrites - c.writes;
    }
    const delivered = clients.reduce((n, c) => n + c.counters.updates, 0);
    const bytes = clients.reduce((n, c) => n + c.counters.bytes, 0);
    const awarenessFrames = clients.reduce((n, c) => n + c.counters.awarenessFrames, 0);
    const dropped = clients.filter((c) => !c.isOpen).length;

    await Promise.all(clients.map((c) => c.close()));
    clients = [];
    await pause(3000);
    const roomsLeft = (await server.stats()).rooms;

    const saturated = generatorCpu > GENERATOR_CPU_LIMIT || generatorLoopP99Ms > GENERATOR_LOOP_P99_LIMIT_MS;
    return {
      kind,
      latencies,
      probeExpected: book.expected,
      delivered,
      expected,
      dropped,
      serverCpu,
      peakRss,
      bytesOutPerSecond: bytes / (seconds + 2),
      awarenessFramesPerClientSecond: awarenessFrames / (index * (seconds + 2)),
      roomsLeft,
      generatorCpu,
      generatorLoopP99Ms,
      discarded: saturated ? `load generator saturated (CPU ${(generatorCpu * 100).toFixed(0)} %, event-loop p99 ${generatorLoopP99Ms.toFixed(0)} ms)` : null,
    };
  } finally {
    timers.clear();
    await Promise.all(clients.map((c) => c.close()));
    await server.stop();
  }
}
