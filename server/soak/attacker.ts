import { randomBytes } from 'node:crypto';
import { WebSocket } from 'ws';
import type { AttackClass, AttackConn } from './attackFrames.js';

export interface Person {
  participantId: string;
  token: string;
}

/** What one attack class did in its window. */
export interface AttackFigures {
  /** frames sent (class 9: sockets opened) */
  sent: number;
  /** sockets opened */
  sockets: number;
  /**
   * the server's closes → count, by code and, for 1008 and 4429, reason; `kept` counts sockets
   * the server let in (class 9), `no close` frames it neither refused nor answered within 60 s
   */
  closes: Map<string, number>;
}

/** The server's per-person socket cap (`MAX_SOCKETS_PER_PARTICIPANT`). */
const SOCKETS_PER_PERSON = 8;
/** Longest wait for the server to answer or close: a hang guard (a stalled server may take many seconds), it measures nothing. */
const ANSWER_WAIT_MS = 60_000;
/** Rest after the server refused a socket as one too many for its person: their old sockets are still closing. */
const TOO_MANY_SOCKETS_REST_MS = 250;
/** Rest after the server refused a socket because the person's changes kept being refused: one refusal comes back every 15 s. */
const TOO_MANY_REFUSALS_REST_MS = 15_000;
const RATE_LIMITED_REST_MS = 3500;

/** All-zero masks: ws then sends the bytes as they are, so the attacker spends nothing masking them (the server still unmasks). */
const zeroMask = (mask: Buffer): void => {
  mask.fill(0);
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = (closes: Map<string, number>, key: string): void => void closes.set(key, (closes.get(key) ?? 0) + 1);

interface Seat {
  person: Person;
  open: number;
  /** not before this (performance.now()): their budgets are refilling */
  readyAt: number;
}

/** How the server closed a socket: its code and reason, or null when the attacker dropped it. */
export interface Close {
  code: number;
  reason: string;
}

/**
 * The people an attacker holding the join code has joined as, taken in turn so that each
 * person's budgets (updates, sync requests, presence, refused changes) last, each holding at
 * most the server's socket cap; a person the server turned away rests until their budget has
 * refilled.
 */
export class AttackerPool {
  private readonly seats: Seat[];
  private cursor = 0;

  constructor(people: readonly Person[]) {
    this.seats = people.map((person) => ({ person, open: 0, readyAt: 0 }));
  }

  /** A person with `sockets` free sockets (more than the cap: one with none open), waiting for one; null once `stopAt` is past. */
  async take(stopAt: number, sockets = 1): Promise<Seat | null> {
    const cap = Math.max(sockets, SOCKETS_PER_PERSON);
    for (;;) {
      const now = performance.now();
      if (now >= stopAt) return null;
      for (let i = 0; i < this.seats.length; i++) {
        const seat = this.seats[(this.cursor + i) % this.seats.length]!;
        if (seat.readyAt > now || seat.open + sockets > cap || (sockets > SOCKETS_PER_PERSON && seat.open > 0)) continue;
        this.cursor = (this.cursor + i + 1) % this.seats.length;
        seat.open += sockets;
        return seat;
      }
      await pause(5);
    }
  }

  give(seat: Seat, close: Close | null, restMs: number, sockets = 1): void {
    seat.open -= sockets;
    if (!close) return;
    const rest =
      close.code === 4429 ? TOO_MANY_SOCKETS_REST_MS : close.code === 1008 && close.reason.includes('refused') ? TOO_MANY_REFUSALS_REST_MS : close.code === 1008 ? restMs : 0;
    seat.readyAt = Math.max(seat.readyAt, performance.now() + rest);
  }
}

interface Socket {
  ws: WebSocket;
  opened: Promise<boolean>;
  /** the server's close, or null when the attacker dropped the socket */
  closed: Promise<Close | null>;
  isClosed(): boolean;
  /** messages the server sent so far */
  received(): number;
}

function openSocket(url: string): Socket {
  const ws = new WebSocket(url, { generateMask: zeroMask, perMessageDeflate: false });
  let byUs = false;
  let isClosed = false;
  let received = 0;
  const terminate = ws.terminate.bind(ws);
  ws.terminate = () => {
    byUs = true;
    terminate();
  };
  ws.on('error', () => {});
  ws.on('message', () => received++);
  const closed = new Promise<Close | null>((resolve) =>
    ws.once('close', (code, reason) => {
      isClosed = true;
      resolve(byUs ? null : { code, reason: reason.toString() });
    }),
  );
  const opened = new Promise<boolean>((resolve) => {
    ws.once('open', () => resolve(true));
    ws.once('close', () => resolve(false));
  });
  return { ws, opened, closed, isClosed: () => isClosed, received: () => received };
}

/** Polls `done` every 2 ms until it holds, the socket closes or `timeoutMs` passes; whether it held. */
async function until(done: () => boolean, socket: Socket, timeoutMs = ANSWER_WAIT_MS): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (socket.isClosed() || performance.now() > deadline) return false;
    await pause(2);
  }
  return true;
}

/**
 * Runs one attack class against `docName` for `seconds`: `lanes` sockets at a time, each
 * reconnecting (with the next person of the pool) as soon as the server closes it. A lane's
 * last socket is followed to its end: the window lasts until the server has dealt with it.
 */
export async function runAttack(opts: { wsUrl: string; docName: string; pool: AttackerPool; attack: AttackClass; seconds: number; lanes: number }): Promise<AttackFigures> {
  const { attack, pool } = opts;
  const figures: AttackFigures = { sent: 0, sockets: 0, closes: new Map() };
  const stopAt = performance.now() + opts.seconds * 1000;
  const url = (person: Person): string => `${opts.wsUrl}/${opts.docName}?token=${encodeURIComponent(person.token)}`;
  const restMs = attack.restMs ?? RATE_LIMITED_REST_MS;
  const plan = attack.plan;

  const record = (close: Close | null): Close | null => {
    if (close) count(figures.closes, close.code === 1008 || close.code === 4429 ? `${close.code} ${close.reason}` : String(close.code));
    return close;
  };
  /** The server's close, waited for; a socket it keeps open that long is dropped and counted as `label`. */
  const closeOf = async (socket: Socket, label: string): Promise<Close | null> => {
    await until(() => false, socket);
    if (socket.isClosed()) return record(await socket.closed);
    count(figures.closes, label);
    socket.ws.terminate();
    return null;
  };

  const oneSocket = async (person: Person): Promise<Close | null> => {
    const socket = openSocket(url(person));
    figures.sockets++;
    if (!(await socket.opened)) return record(await socket.closed);
    const conn: AttackConn = { participantId: person.participantId, clientId: randomBytes(4).readUInt32LE(0), sent: 0 };
    if (plan.mode === 'oneShot') {
      // at once, as a hostile client does: a frame that arrives while the room is joined waits in the server's early buffer
      socket.ws.send(plan.frame(conn));
      figures.sent++;
      return closeOf(socket, 'no close');
    }
    if (plan.mode !== 'stream') throw new Error(`not a socket plan: ${plan.mode}`);
    // into the room first, as a standard client is (the server's sync step 1 has come)
    if (!(await until(() => socket.received() > 0, socket))) return record(await socket.closed);
    await pause(20);
    const window = plan.window ?? 1;
    let inFlight = 0;
    let written: (() => void) | null = null;
    // once the server has sent its close the socket is CLOSING: nothing more goes out
    while (socket.ws.readyState === WebSocket.OPEN && performance.now() < stopAt) {
      const next = plan.next(conn);
      if (!next) break;
      const { frame, applied } = next instanceof Uint8Array ? { frame: next, applied: undefined } : next;
      conn.sent++;
      figures.sent++;
      inFlight++;
      const answersBefore = socket.received();
      socket.ws.send(frame, () => {
        inFlight--;
        written?.();
      });
      // paced by the server, not by the kernel's buffers: a frame is in flight until it has visibly been dealt with
      if (applied) {
        if (!(await until(applied, socket))) break;
      } else if (plan.pace === 'reply') {
        if (!(await until(() => socket.received() > answersBefore, socket))) break;
      } else if (inFlight >= window) {
        await Promise.race([new Promise<void>((resolve) => (written = resolve)), socket.closed]);
        written = null;
      }
    }
    if (socket.ws.readyState === WebSocket.OPEN && performance.now() >= stopAt) {
      socket.ws.terminate();
      return null;
    }
    return closeOf(socket, 'kept open');
  };

  const burst = async (person: Person, size: number): Promise<void> => {
    const sockets = Array.from({ length: size }, () => openSocket(url(person)));
    figures.sockets += size;
    figures.sent += size;
    // Each socket the server lets in is held until every other one has its answer, so the cap is met by all of them at once.
    await Promise.all(
      sockets.map(async (s) => {
        if (!(await s.opened)) return record(await s.closed);
        if (await until(() => s.received() > 0, s, 30_000)) return count(figures.closes, 'kept');
        return record(await s.closed);
      }),
    );
    for (const s of sockets) if (!s.isClosed()) s.ws.terminate();
    await Promise.all(sockets.map((s) => s.closed));
  };

  const lane = async (): Promise<void> => {
    while (performance.now() < stopAt) {
      if (plan.mode === 'sockets') {
        const seat = await pool.take(stopAt, plan.perBurst);
        if (!seat) return;
        await burst(seat.person, plan.perBurst);
        // the server forgets the closed sockets once their close events have run
        await pause(50);
        pool.give(seat, null, restMs, plan.perBurst);
        continue;
      }
      const seat = await pool.take(stopAt);
      if (!seat) return;
      let close: Close | null = null;
      try {
        close = await oneSocket(seat.person);
      } finally {
        pool.give(seat, close, restMs);
      }
    }
  };

  await Promise.all(Array.from({ length: attack.lanes ?? opts.lanes }, lane));
  return figures;
}

/** `4409×1,234 · 1008 rate limited×3`, most frequent first. */
export function formatCloses(closes: Map<string, number>): string {
  return [...closes.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code}×${n.toLocaleString('en-US')}`)
    .join(' · ');
}
