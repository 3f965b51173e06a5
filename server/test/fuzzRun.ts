import { CLOSE_CODES } from '@essaim/shared';
import { openAttackScene, type AttackScene } from './attackScene.js';
import { FUZZ_KIND_NAMES, FUZZ_KINDS, prng, type FuzzFrame, type FuzzKind } from './fuzzFrames.js';
import { boardMaps } from '@essaim/shared';
import { noteIds, sampleNote, writeNote } from './openBoard.js';
import { currentItemId } from './rawUpdate.js';
import { waitFor } from './providers.js';
import { clientFrame, closeFrameCode, OPCODE, openHandshake } from './rawFrames.js';
import { WebSocket } from 'ws';
import { withTimeout } from './rawSocket.js';

/** Closes a bad connection may get: every named code but a server fault, and ws's own 1002/1007/1009. */
export const ACCEPTED_CLOSES = new Set<number>([
  ...Object.values(CLOSE_CODES).filter((c) => c !== CLOSE_CODES.ServerError),
  1002,
  1007,
  1009,
]);

export interface FuzzReport {
  seed: number;
  framesByKind: Record<string, number>;
  /** close code (or `open`: the frame was valid and the connection answered) → count */
  outcomes: Record<string, number>;
  /** outcomes outside ACCEPTED_CLOSES and `open`, with the kind that caused them */
  unexpected: { kind: FuzzKind; outcome: string }[];
  crashes: number;
  writerNotes: number;
  delivered: number;
  /** the facilitator's note every crafted update aimed at, still there for a newcomer at the end */
  targetKept: boolean;
  observerMaxDelayMs: number;
  memory: { before: NodeJS.MemoryUsage; after: NodeJS.MemoryUsage };
}

const SYNC_STEP_1 = Uint8Array.from([0, 0, 1, 0]);

/**
 * Sends `frames` fuzzed frames, each on its own connection (`parallel` at a time), to a board
 * where a writer adds a note every `writeEveryMs` and an observer watches them arrive.
 */
export async function runFuzz(opts: { frames: number; seed: number; parallel?: number; writeEveryMs?: number; maxPayload?: number }): Promise<FuzzReport> {
  const maxPayload = opts.maxPayload ?? 64 * 1024;
  // Per-person limits lifted: every fuzzed frame must reach the server's checks, all with one token.
  const scene = await openAttackScene({ maxPayload, maxSocketsPerParticipant: 0 });
  const random = prng(opts.seed);
  const crashes = { count: 0 };
  const onCrash = (): void => void crashes.count++;
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);

  const sentAt = new Map<string, number>();
  let maxDelay = 0;
  scene.observer.doc.on('update', () => {
    for (const id of noteIds(scene.observer.doc)) {
      const t = sentAt.get(id);
      if (t === undefined) continue;
      maxDelay = Math.max(maxDelay, performance.now() - t);
      sentAt.delete(id);
    }
  });
  let written = 0;
  const writer = setInterval(() => {
    const id = `w-${written++}`;
    sentAt.set(id, performance.now());
    writeNote(scene.writer.doc, sampleNote(id, scene.workshop.facilitatorId));
  }, opts.writeEveryMs ?? 50);

  global.gc?.();
  const before = process.memoryUsage();
  const othersNote = currentItemId(boardMaps(scene.writer.doc).notes, 'before');
  const ctx = { random, participantId: scene.participant.participantId, foreignClientId: scene.observer.doc.clientID, othersNote, maxPayload };
  const framesByKind: Record<string, number> = {};
  const outcomes: Record<string, number> = {};
  const unexpected: FuzzReport['unexpected'] = [];
  const planned = Array.from({ length: opts.frames }, () => FUZZ_KIND_NAMES[Math.floor(random() * FUZZ_KIND_NAMES.length)]!);
  const frames = planned.map((kind) => [kind, FUZZ_KINDS[kind](ctx)] as const);
  try {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < frames.length) {
        const [kind, frame] = frames[next++]!;
        framesByKind[kind] = (framesByKind[kind] ?? 0) + 1;
        const outcome = await sendOne(scene, frame);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        if (outcome !== 'open' && !ACCEPTED_CLOSES.has(Number(outcome))) unexpected.push({ kind, outcome });
      }
    };
    await Promise.all(Array.from({ length: opts.parallel ?? 8 }, worker));
  } finally {
    clearInterval(writer);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  }
  await waitFor(() => sentAt.size === 0, 10_000, 'the observer to receive every note the writer wrote');
  for (let i = 0; i < 3; i++) {
    global.gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
  const after = process.memoryUsage();
  const newcomer = scene.connect(scene.workshop.facilitatorToken);
  await waitFor(() => newcomer.provider.synced, 5000, 'a newcomer to sync');
  const targetKept = noteIds(newcomer.doc).includes('before');
  return {
    seed: opts.seed,
    framesByKind,
    outcomes,
    unexpected,
    crashes: crashes.count,
    writerNotes: written,
    delivered: written - sentAt.size,
    targetKept,
    observerMaxDelayMs: Math.round(maxDelay),
    memory: { before, after },
  };
}

/** One connection, one bad frame, then a sync step 1: the outcome is the close code, or `open` if step 2 came back. */
async function sendOne(scene: AttackScene, frame: FuzzFrame): Promise<string> {
  const path = `/sync/${scene.docName}?token=${encodeURIComponent(scene.participant.token)}`;
  if (frame.via === 'tcp') {
    const tcp = await openHandshake(scene.server.url, path);
    await waitFor(() => tcp.frames().some((f) => f.opcode === OPCODE.binary), 5000, 'the server’s sync step 1');
    tcp.socket.write(clientFrame({ opcode: OPCODE.binary, payload: frame.payload, rsv1: frame.rsv1, rsv2: !frame.rsv1 }));
    await withTimeout(tcp.ended, 'the server to drop a frame with reserved bits');
    return String(closeFrameCode(tcp.frames()) ?? 'no close frame');
  }
  // A bare socket, not `openRawSocket`: that one keeps every frame until the test ends, and
  // thousands of copies of the board would hide any leak of the server's own.
  const socket = new WebSocket(`${scene.server.wsUrl}/${scene.docName}?token=${encodeURIComponent(scene.participant.token)}`);
  socket.on('error', () => {});
  const outcome = new Promise<string>((resolve) => {
    socket.once('close', (code) => resolve(String(code)));
    socket.on('message', (data: Buffer) => data[0] === 0 && data[1] === 1 && resolve('open'));
  });
  await withTimeout(new Promise((resolve) => socket.once('open', resolve)), 'the socket to open');
  socket.send(frame.data);
  socket.send(SYNC_STEP_1);
  const result = await withTimeout(outcome, 'the server to answer or close');
  socket.terminate();
  return result;
}

/** The figures as a table for the console. */
export function printFuzzReport(report: FuzzReport): void {
  const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  const rows: [string, string][] = [
    ['seed', String(report.seed)],
    ...Object.entries(report.framesByKind).map(([k, n]): [string, string] => [`frames: ${k}`, String(n)]),
    ...Object.entries(report.outcomes).map(([k, n]): [string, string] => [`closes: ${k}`, String(n)]),
    ['unexpected outcomes', String(report.unexpected.length)],
    ['crashes', String(report.crashes)],
    ['writer notes delivered', `${report.delivered}/${report.writerNotes}`],
    ['attacked note kept', report.targetKept ? 'yes' : 'NO'],
    ['observer max delay', `${report.observerMaxDelayMs} ms`],
    ['rss before → after', `${mib(report.memory.before.rss)} → ${mib(report.memory.after.rss)}`],
    ['heap before → after', `${mib(report.memory.before.heapUsed)} → ${mib(report.memory.after.heapUsed)}${global.gc ? ' (after gc)' : ' (no --expose-gc)'}`],
  ];
  console.log(rows.map(([k, v]) => `${k.padEnd(28)} ${v}`).join('\n'));
}
