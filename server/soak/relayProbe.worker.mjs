// The relay probe of `relayProbe.ts`, in a worker thread of its own so that the attacker's work
// on the main thread does not delay its timers: a writer and a reader (standard y-websocket
// clients) on one board, the writer changing a note every `everyMs`, the reader timing each
// change's arrival; and a loop asking GET /healthz every `everyMs`, timing each answer. Requests
// go out on a fixed schedule, whether the previous one was answered or not, so a stall shows as
// every sample it delayed; each /healthz on a new connection (an established socket is served
// sooner by a saturated server than a new one). Plain JavaScript: a worker thread loads its file with Node alone.
import { get } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** @type {{ wsUrl: string, httpUrl: string, docName: string, writerToken: string, readerToken: string, note: Record<string, unknown>, everyMs: number, slots: number, healthPath: string }} */
const opts = workerData;
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

/** @param {string} token */
function connect(token) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(opts.wsUrl, opts.docName, doc, {
    WebSocketPolyfill: /** @type {any} */ (WebSocket),
    params: { token },
    disableBc: true,
  });
  /** @type {number[]} */
  const closeCodes = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  return { doc, provider, closeCodes };
}

const writer = connect(opts.writerToken);
const reader = connect(opts.readerToken);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

/** change number → when it was written (performance.now()) */
const sentAt = new Map();
/** @type {number[]} */
let relay = [];
/** @type {number[]} when each timed change was written, ms after the window started */
let relayAt = [];
/** @type {number[]} */
let health = [];
/** @type {number[]} */
let healthAt = [];
let windowStart = 0;
let healthErrors = 0;
/** why requests failed → count */
const healthErrorKinds = new Map();
let healthOutstanding = 0;
let seq = 0;
/** @type {NodeJS.Timeout | null} */
let writeTimer = null;
/** @type {NodeJS.Timeout | null} */
let healthTimer = null;

reader.doc.getMap('notes').observe((event) => {
  const now = performance.now();
  for (const key of event.keysChanged) {
    const note = reader.doc.getMap('notes').get(key);
    const n = note && typeof note === 'object' ? /** @type {{ x: number }} */ (note).x : undefined;
    const at = n === undefined ? undefined : sentAt.get(n);
    if (at === undefined) continue;
    relay.push(now - at);
    relayAt.push(at - windowStart);
    sentAt.delete(n);
  }
});

function write() {
  const n = ++seq;
  const id = `probe-${n % opts.slots}`;
  sentAt.set(n, performance.now());
  writer.doc.getMap('notes').set(id, { ...opts.note, id, x: n });
}

/** Each request on a new connection, as an uptime monitor or a load balancer's health check asks. */
function askHealth() {
  // a server that stopped answering altogether must not pile up thousands of requests
  if (healthOutstanding >= 200) return void healthErrors++;
  healthOutstanding++;
  const started = performance.now();
  const done = (/** @type {string | null} */ error) => {
    healthOutstanding--;
    if (error) {
      healthErrors++;
      healthErrorKinds.set(error, (healthErrorKinds.get(error) ?? 0) + 1);
      return;
    }
    health.push(performance.now() - started);
    healthAt.push(started - windowStart);
  };
  const req = get(`${opts.httpUrl}${opts.healthPath}`, { agent: false }, (res) => {
    res.resume();
    res.once('end', () => done(res.statusCode === 200 ? null : `HTTP ${res.statusCode}`));
    res.once('error', (err) => done(/** @type {NodeJS.ErrnoException} */ (err).code ?? err.message));
  });
  req.once('error', (err) => done(/** @type {NodeJS.ErrnoException} */ (err).code ?? err.message));
}

const synced = (/** @type {{ provider: WebsocketProvider }} */ p) => new Promise((resolve) => (p.provider.synced ? resolve(undefined) : p.provider.once('sync', resolve)));
const pause = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

async function settle(timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while ((sentAt.size > 0 || healthOutstanding > 0) && performance.now() < deadline) await pause(10);
}

port.on('message', async (message) => {
  if (message.type === 'start') {
    relay = [];
    relayAt = [];
    health = [];
    healthAt = [];
    windowStart = performance.now();
    writer.closeCodes.length = 0;
    reader.closeCodes.length = 0;
    healthErrors = 0;
    healthErrorKinds.clear();
    sentAt.clear();
    loopDelay.reset();
    writeTimer = setInterval(write, opts.everyMs);
    healthTimer = setInterval(askHealth, opts.everyMs);
    port.postMessage({ type: 'started' });
  } else if (message.type === 'stop') {
    if (writeTimer) clearInterval(writeTimer);
    if (healthTimer) clearInterval(healthTimer);
    writeTimer = healthTimer = null;
    // changes still on their way are timed when they arrive: the run's last stall counts too
    await settle(message.settleMs);
    port.postMessage({
      type: 'result',
      relay,
      relayAt,
      health,
      healthAt,
      lost: sentAt.size,
      healthErrors: healthErrors + healthOutstanding,
      healthErrorKinds: Object.fromEntries([...healthErrorKinds, ...(healthOutstanding ? [['unanswered', healthOutstanding]] : [])]),
      loopDelayMaxMs: loopDelay.max / 1e6,
      closeCodes: [...writer.closeCodes, ...reader.closeCodes],
    });
  } else if (message.type === 'close') {
    writer.provider.destroy();
    reader.provider.destroy();
    writer.doc.destroy();
    reader.doc.destroy();
    loopDelay.disable();
    port.postMessage({ type: 'closed' });
    port.close();
  }
});

await Promise.all([synced(writer), synced(reader)]);
port.postMessage({ type: 'ready' });
