import { Session } from 'node:inspector/promises';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import { Connection } from '../src/sync/Connection.js';
import type { PersonBudget } from '../src/sync/PersonBudgets.js';
import type { Room } from '../src/sync/Room.js';
import { syncUpdateFrame } from '../test/rawClient.js';
import { startServer } from '../test/startServer.js';
import { joinAttackers, openAttackedBoard, REALISTIC_BOARD as BOARD, roomView } from './attackBoard.js';
import { attackClasses, type AttackConn } from './attackFrames.js';
import { percentile } from './relayProbe.js';
import { kib, reportTable, type Row } from './soakTable.js';
import { unlimitedConfig } from './unlimited.js';

/**
 * Companion of attackStall.soak.ts: the server's own time for one frame of each attack class,
 * in-process, on the same realistic board — what each frame blocks the event loop for,
 * whatever the machine's load and the attacker's pace. Each frame goes through the real
 * `Room.receive` (rate limits lifted: the frame's work, not the limiter, is measured), then an
 * honest client's resend of a change the board already has: after a refusal on the shadow copy
 * it pays the copy's rebuild. Accepted updates are timed with the storage and relay work they
 * queue; a CPU profile of each class says which server stage the time went to. Figures only. Alone: `npx pnpm@10 test:soak attackCost` (ATTACK_CLASSES as there,
 * ATTACK_REPEATS frames per class, 10).
 */

const REPEATS = Number(process.env.ATTACK_REPEATS ?? 10);
const ONLY = process.env.ATTACK_CLASSES ? new Set(process.env.ATTACK_CLASSES.split(',').map((s) => s.trim())) : null;

/** A socket that takes everything and sends nothing anywhere: the room's answers and relays cost only their encoding. */
function silentSocket(): WebSocket {
  return {
    readyState: 1,
    OPEN: 1,
    bufferedAmount: 0,
    on() {},
    once() {},
    send(_data: unknown, cb?: (err?: Error) => void) {
      cb?.();
    },
    close() {},
    ping() {},
    terminate() {},
  } as unknown as WebSocket;
}

/**
 * Where a class's time goes: each CPU sample goes to the innermost of these server stages on its
 * stack (the shadow copy's rebuild inside a try counts as the rebuild), else `other`.
 */
const STAGES: [label: string, fn: string, file?: string][] = [
  // the attacker building its frames, in the same thread: not the server's time
  ['attacker', 'encodeRawUpdate'],
  ['attacker', 'awarenessFrame'],
  ['attacker', 'junkState'],
  ['GC', '(garbage collector)'],
  ['shadow rebuild', 'copy', 'ShadowDoc'],
  ['rights', 'readChanges', 'ShadowDoc'],
  ['rights', 'checkBoardChanges'],
  ['shadow apply', 'tryUpdate', 'ShadowDoc'],
  ['board apply', 'accept', 'ShadowDoc'],
  ['scan', 'scanUpdate'],
  ['placement check', 'checkUpdateWork'],
  ['decode', 'decodeUpdate'],
  ['size check', 'admits', 'BoardSize'],
  ['sync answer', 'step2', 'SyncAnswers'],
  ['presence check', 'checkAwareness'],
  ['presence apply', 'applyAwarenessUpdate'],
  ['storage', 'appendUpdate'],
  ['send', 'send', 'Connection'],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** Share of the profile's samples per stage, largest first: `shadow rebuild 48% · …`. */
function stagesOf(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): string {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const stageOf = new Map<number, string>();
  const stage = (id: number): string => {
    const known = stageOf.get(id);
    if (known) return known;
    const { functionName, url } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') return 'idle';
    const own = STAGES.find(([, fn, file]) => fn === functionName && (!file || url.includes(file)))?.[0];
    const up = parent.get(id);
    const found = own ?? (up === undefined ? 'other' : stage(up));
    stageOf.set(id, found);
    return found;
  };
  const time = new Map<string, number>();
  /** leaf functions of the samples in no stage */
  const others = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const s = stage(id);
    if (s === 'idle' || s === 'attacker') return;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    time.set(s, (time.get(s) ?? 0) + dt);
    if (s === 'other') {
      const leaf = byId.get(id)!.callFrame.functionName || '(anonymous)';
      others.set(leaf, (others.get(leaf) ?? 0) + dt);
    }
  });
  const topOthers = [...others.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([fn]) => fn)
    .join(', ');
  return [...time.entries()]
    .sort((a, b) => b[1] - a[1])
    .filter(([, t]) => t / total >= 0.05)
    .map(([s, t]) => `${s} ${Math.round((100 * t) / total)}%${s === 'other' ? ` (${topOthers})` : ''}`)
    .join(' · ');
}

const ms = (v: number): string => (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(2) : v.toFixed(0));
/** Lets the room's queued work (storage append, relay) run: it is queued in microtasks. */
const drained = () => new Promise((r) => setImmediate(r));

it('server time per frame of each attack class, in-process, on a 2,000-note board', async () => {
  const server = await startServer(unlimitedConfig());
  try {
    const board = await openAttackedBoard(server.url, server.wsUrl, BOARD);
    const [attacker] = await joinAttackers(board, 1, 'cost');
    const identity = (await server.tokens.verify(attacker!.token))!;
    const room = await server.rooms.withDoc(board.docName, (r: Room) => r);
    const connect = (): Connection => {
      const budget = server.rooms.people.open(identity.participantId, identity.role);
      if (typeof budget === 'string') throw new Error(budget);
      const conn = new Connection(silentSocket(), identity, budget as PersonBudget);
      room.add(conn);
      return conn;
    };
    // An honest client's resend of its own note: a no-op the server still tries on its shadow copy.
    const marc = board.marc.doc;
    const others = Y.decodeStateVector(Y.encodeStateVector(marc));
    others.set(marc.clientID, 0);
    const resendFrame = syncUpdateFrame(Y.encodeStateAsUpdate(marc, Y.encodeStateVector(others)));
    // The board's writers leave: their clients, in this thread, would apply every relayed update
    // inside the timings. A silent connection keeps the room loaded; the room itself is the view.
    const keeper = connect();
    board.destroy();
    const view = roomView(room.doc);

    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });

    const rows: Row[] = [];
    for (const attack of attackClasses(board.facts, view)) {
      if (ONLY && !ONLY.has(attack.id)) continue;
      const plan = attack.plan;
      if (plan.mode === 'sockets' || attack.id === '10') {
        rows.push({ class: `${attack.id}. ${attack.title}`, verdict: 'connection-level: see the stall table' });
        continue;
      }
      const frameTimes: number[] = [];
      const nextTimes: number[] = [];
      const verdicts = new Map<string, number>();
      let bytes = 0;
      const honest = connect();
      await session.post('Profiler.start');
      for (let i = 0; i < REPEATS; i++) {
        const conn = connect();
        const attackConn: AttackConn = { participantId: identity.participantId, clientId: conn.presence.ownId ?? 1000 + i, sent: 0 };
        const next = plan.mode === 'oneShot' ? plan.frame(attackConn) : plan.next(attackConn);
        if (!next) break;
        const frame = next instanceof Uint8Array ? next : next.frame;
        bytes = frame.byteLength;
        const started = performance.now();
        let verdict = 'accepted';
        try {
          room.receive(conn, frame);
        } catch (err) {
          verdict = `${(err as Error).constructor.name.replace(/Error$/, '')}: ${(err as Error).message.replace(/\s*\(.*$/, '').slice(0, 60)}`;
        }
        await drained();
        frameTimes.push(performance.now() - started);
        verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
        room.remove(conn);
        const nextStarted = performance.now();
        room.receive(honest, resendFrame);
        await drained();
        nextTimes.push(performance.now() - nextStarted);
      }
      const { profile } = await session.post('Profiler.stop');
      room.remove(honest);
      rows.push({
        class: `${attack.id}. ${attack.title}`,
        'frame size': kib(bytes),
        verdict: [...verdicts.entries()].map(([v, n]) => `${v} ×${n}`).join(' · '),
        'frame p50 (ms)': ms(percentile(frameTimes, 50)),
        'frame max (ms)': ms(percentile(frameTimes, 100)),
        'next honest update p50 (ms)': ms(percentile(nextTimes, 50)),
        'next max (ms)': ms(percentile(nextTimes, 100)),
        // under a few ms, the profile shows the harness more than the server
        'where the time goes (CPU samples)':
          Math.max(percentile(frameTimes, 50), percentile(nextTimes, 50)) >= 5 ? stagesOf(profile as unknown as Parameters<typeof stagesOf>[0]) : '',
      });
      console.log(Object.entries(rows[rows.length - 1]!).map(([k, v]) => `${k}: ${v}`).join(' | '));
    }
    session.disconnect();
    room.remove(keeper);
    reportTable(
      `Attack costs: the server's time for one frame of each class, in-process, and for the honest update after it (${REPEATS} frames each; board ${BOARD.notes} notes, ${BOARD.moves} moves, ${board.facts.chain.length}-item history)`,
      rows,
    );
    expect(rows.length).toBeGreaterThan(0);
  } finally {
    await server.dispose();
  }
});

