import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { PRESENCE_LIMITS } from '@essaim/shared';
import { awarenessFrame, syncUpdateFrame } from '../test/rawClient.js';
import { encodeRawUpdate, objectWithKeys, type RawId, type RawStruct } from '../test/rawUpdate.js';

/**
 * The worst frames of each attack class of security issue #9, one builder per class, for
 * `attackStall.soak.ts`: what one attacker holding the join code sends to a realistic board
 * (`AttackedBoard`) as fast as the server lets it. The server's limits they are built against
 * are its defaults: `MAX_STRUCTS`, `MAX_DELETE_RANGES` (scanUpdate.ts), `MAX_PLACEMENT_STEPS`,
 * `MAX_SIBLINGS` (updateWork.ts), `maxPayload` 1 MiB, presence `stateBytes` 64 KiB.
 */

/** What the frames are built from: the attacked board as its facilitator's own client holds it (same IDs as the server). */
export interface BoardFacts {
  /** the current item of each of the facilitator's notes */
  noteItems: RawId[];
  /** the facilitator's client: the board's big client */
  bigClient: number;
  /** its next clock: every clock below is on the board */
  bigClock: number;
  /** a client that wrote one note (a participant's) */
  smallClient: number;
  /** every item of one note's long history, oldest first: the last one is its current value */
  chain: RawId[];
}

/** One attacker socket, as a class's frames see it. */
export interface AttackConn {
  participantId: string;
  /** a client id of this socket's own, as a Yjs client picks one */
  clientId: number;
  /** frames already sent on this socket */
  sent: number;
}

/** A frame of a stream, and how to see that the server has applied it (an update it accepts is relayed to the room). */
export type StreamFrame = Uint8Array | { frame: Uint8Array; applied: () => boolean };

export type AttackPlan =
  /** one frame per socket: the server refuses it and closes; the attacker reconnects */
  | { mode: 'oneShot'; frame: (conn: AttackConn) => Uint8Array }
  /**
   * frames on one socket until the server closes it (null: nothing more to send on it), each
   * once the previous one was dealt with: `applied` (when given), the server's answer (`pace:
   * 'reply'`), or else written out, with at most `window` frames waiting (default 1)
   */
  | { mode: 'stream'; next: (conn: AttackConn) => StreamFrame | null; pace?: 'reply'; window?: number }
  /** `perBurst` sockets opened at once with one token, over and over */
  | { mode: 'sockets'; perBurst: number };

export interface AttackClass {
  id: string;
  title: string;
  plan: AttackPlan;
  /** sockets sending at once (default: the run's) */
  lanes?: number;
  /**
   * after a 1008 (a person's budget spent), how long that person rests: long enough to refill the
   * budget the class spends (updates 200 at 60/s, sync requests 12 at 1/s, presence 100 at 30/s)
   */
  restMs?: number;
}

/** Client ids above every real one (the board's own writers have small ids): Yjs orders concurrent items by client id, and these walk furthest. */
const HIGH_CLIENT = 0xffff_ffff;
const MAX_STRUCTS = 50_000;
const MAX_DELETE_RANGES = 200_000;
const MAX_PLACEMENT_STEPS = 250_000;
const MAX_SIBLINGS = 64;
const MAX_PAYLOAD = 1024 * 1024;
const PRESENCE_STATE_BYTES = PRESENCE_LIMITS.stateBytes;

const sync = (update: Uint8Array): Uint8Array => syncUpdateFrame(update);

function checkSize(frame: Uint8Array, what: string): Uint8Array {
  if (frame.byteLength > MAX_PAYLOAD) throw new Error(`${what}: ${frame.byteLength} bytes, over the server's maxPayload`);
  return frame;
}

/** A sync step 1 (y-websocket message 0, 0) carrying `stateVector`. */
function syncStep1(stateVector: Map<number, number>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(stateVector));
  return encoding.toUint8Array(e);
}

/** Random 32-bit client ids, none of the board's. */
function randomClients(count: number, facts: BoardFacts): number[] {
  const ids = new Set<number>();
  while (ids.size < count) {
    const id = Math.floor(Math.random() * 0xf000_0000) + 0x1000;
    if (id !== facts.bigClient && id !== facts.smallClient) ids.add(id);
  }
  return [...ids];
}

/** The most items `n` one key with `history` items may get in one update: n · (history + n) ≤ the placement budget. */
export function placementsUnder(history: number, budget = MAX_PLACEMENT_STEPS): number {
  return Math.floor((-history + Math.sqrt(history * history + 4 * budget)) / 2);
}

/** (1) The wipe: a deleted struct over the current item of every note of the facilitator's (~2,000 structs). */
export function wipe(facts: BoardFacts): AttackClass {
  const frame = sync(encodeRawUpdate([{ client: HIGH_CLIENT, clock: 0, structs: facts.noteItems.map((origin) => ({ origin, deleted: 1 })) }]));
  return { id: '1', title: `wipe: ${facts.noteItems.length.toLocaleString('en-US')} deleted structs over others' notes`, plan: { mode: 'oneShot', frame: () => frame } };
}

/** (2a) The old O(n²): 40,000 deleted structs all naming one note's current item as origin. */
export function siblingsOnOneOrigin(facts: BoardFacts): AttackClass {
  const origin = facts.noteItems[0]!;
  const frame = sync(encodeRawUpdate([{ client: HIGH_CLIENT, clock: 0, structs: Array.from({ length: 40_000 }, () => ({ origin, deleted: 1 })) }]));
  return { id: '2a', title: '40,000 deleted structs on one origin (a note)', plan: { mode: 'oneShot', frame: () => frame } };
}

/** (2b) The same, chained: the first over a note, every other one after the update's own first struct. */
export function siblingsChained(facts: BoardFacts): AttackClass {
  const note = facts.noteItems[0]!;
  const client = HIGH_CLIENT;
  const structs = Array.from({ length: 40_000 }, (_, i) => ({ origin: i === 0 ? note : { client, clock: 0 }, deleted: 1 }));
  const frame = sync(encodeRawUpdate([{ client, clock: 0, structs }]));
  return { id: '2b', title: '40,000 deleted structs, chained on the first', plan: { mode: 'oneShot', frame: () => frame } };
}

/**
 * (3) Deleted structs along a long history: origins the oldest items of one note's history, as
 * many as the placement budget lets through (≤ 64 per origin). From a client id above the
 * facilitator's, each one walks the whole history to its end and becomes the note's value: a
 * deletion of the facilitator's note, refused after Yjs placed them on the shadow copy.
 */
export function alongLongHistory(facts: BoardFacts): AttackClass {
  const n = placementsUnder(facts.chain.length);
  const structs = Array.from({ length: n }, (_, i) => ({ origin: facts.chain[Math.floor(i / MAX_SIBLINGS)]!, deleted: 1 }));
  const frame = sync(encodeRawUpdate([{ client: HIGH_CLIENT, clock: 0, structs }]));
  return {
    id: '3',
    title: `${n} deleted structs along a ${facts.chain.length.toLocaleString('en-US')}-item history (origin its first items)`,
    plan: { mode: 'oneShot', frame: () => frame },
  };
}

/** (4a) A delete set of 20,000 overlapping ranges, each over every clock of the facilitator's client. */
export function overlappingRanges(facts: BoardFacts): AttackClass {
  const ranges = Array.from({ length: 20_000 }, () => ({ clock: 0, len: facts.bigClock }));
  const frame = sync(encodeRawUpdate([], [{ client: facts.bigClient, ranges }]));
  return { id: '4a', title: 'delete set: 20,000 overlapping ranges over the big client', plan: { mode: 'oneShot', frame: () => frame } };
}

/** (4b) A delete set of 200,000 sorted one-clock ranges over the facilitator's client (its notes and history first, then clocks it never reached). */
export function sortedRanges(facts: BoardFacts): AttackClass {
  const ranges = Array.from({ length: MAX_DELETE_RANGES }, (_, i) => ({ clock: 2 * i, len: 1 }));
  const frame = checkSize(sync(encodeRawUpdate([], [{ client: facts.bigClient, ranges }])), '4b');
  return { id: '4b', title: 'delete set: 200,000 sorted one-clock ranges over the big client', plan: { mode: 'oneShot', frame: () => frame } };
}

/** 49,999 valid structs (deleted entries under new keys of `notes`) ahead of `last`: the scan reads them all before it meets the bad one. */
function afterValidStructs(last: RawStruct): Uint8Array {
  const structs: RawStruct[] = Array.from({ length: MAX_STRUCTS - 1 }, (_, i) => ({ parent: 'notes', parentSub: `k${i.toString(36)}`, deleted: 1 }));
  structs.push(last);
  return sync(encodeRawUpdate([{ client: HIGH_CLIENT, clock: 0, structs }]));
}

/** (5) Unknown root types and parents given by item, each after 49,999 valid structs. */
export function unknownRoots(facts: BoardFacts): AttackClass {
  const payload = { text: 'x'.repeat(1000) };
  const frames = [
    afterValidStructs({ parent: 'x', parentSub: 'k', any: [payload] }),
    afterValidStructs({ parent: facts.noteItems[0]!, parentSub: 'k', any: [payload] }),
  ].map((f) => checkSize(f, '5'));
  let n = 0;
  return {
    id: '5',
    title: 'root map x / parent by item, after 49,999 valid structs',
    plan: { mode: 'oneShot', frame: () => frames[n++ % frames.length]! },
  };
}

/** (6) A note whose JSON has 20,000 keys and a 600 KB string before its own `__proto__` key. */
export function protoPayload(): AttackClass {
  const fields: [string, unknown][] = Object.entries({ id: 'hidden', text: 'Idée', color: 'yellow', x: 0, y: 0, width: 160, height: 160, authorId: 'intrus', createdAt: 1_700_000_000_000 });
  for (let i = 0; i < 20_000; i++) fields.push([`k${i}`, i]);
  fields.push(['filler', 'x'.repeat(600_000)]);
  fields.push(['__proto__', { filler: 'y'.repeat(1000) }]);
  const frame = checkSize(sync(encodeRawUpdate([{ client: HIGH_CLIENT, clock: 0, structs: [{ parent: 'notes', parentSub: 'hidden', any: [objectWithKeys(fields)] }] }])), '6');
  return { id: '6', title: '__proto__ key after 20,000 keys and 600 KB of JSON', plan: { mode: 'oneShot', frame: () => frame } };
}

/**
 * (7a) Sync step 1 requests whose state vector names 100,000 unknown clients and one small
 * client of the board, nothing of the big one: the answer is nearly the whole board, encoded
 * for this request (the server keeps only the answer for clients that hold nothing).
 */
export function stateVectorMany(facts: BoardFacts): AttackClass {
  const sv = new Map<number, number>(randomClients(100_000, facts).map((c) => [c, 1]));
  sv.set(facts.smallClient, 1);
  const frame = checkSize(syncStep1(sv), '7a');
  return { id: '7a', title: 'sync step 1: 100,000 unknown clients + one small one, nothing of the big one', plan: syncRequests(frame), restMs: SYNC_REQUEST_REFILL_MS };
}

/** (7b) The same request with the small client alone: a 10-byte frame for a whole-board answer. */
export function stateVectorSmall(facts: BoardFacts): AttackClass {
  const frame = syncStep1(new Map([[facts.smallClient, 1]]));
  return { id: '7b', title: 'sync step 1: one small client, nothing of the big one', plan: syncRequests(frame), restMs: SYNC_REQUEST_REFILL_MS };
}

/** A person's sync requests come back at one a second, up to 12 (8 sockets + 4). */
const SYNC_REQUEST_REFILL_MS = 12_000;

/** Requests one after the other, each once the previous one is answered, until the person's budget is spent (the server then closes with 1008). */
function syncRequests(frame: Uint8Array): AttackPlan {
  return { mode: 'stream', pace: 'reply', next: () => frame };
}

/** (8a) An awareness update naming 50,000 new client ids. */
export function awarenessNewIds(facts: BoardFacts): AttackClass {
  const frame = checkSize(awarenessFrame(randomClients(50_000, facts).map((clientId) => ({ clientId, clock: 1, state: {} }))), '8a');
  return { id: '8a', title: 'awareness: 50,000 new client ids', plan: { mode: 'oneShot', frame: () => frame } };
}

/** (8b) 0.87 MB awareness frames that change nothing: eight entries at clock 0, each ~110 KB of JSON. */
export function awarenessNoOp(facts: BoardFacts): AttackClass {
  const frame = checkSize(awarenessFrame(randomClients(8, facts).map((clientId) => ({ clientId, clock: 0, state: { junk: 'x'.repeat(108_000) } }))), '8b');
  // the server's presence bytes budget is per socket: a person whose socket was cut needs no rest
  return { id: '8b', title: `awareness: ${(frame.byteLength / 1e6).toFixed(2)} MB no-op frames (echoes at clock 0)`, plan: { mode: 'stream', next: () => frame }, restMs: 0 };
}

/** A presence state of the connection's own, just under 64 KiB: a 500-note drag with 64-character ids, then unknown fields. */
function junkState(participantId: string): Record<string, unknown> {
  const drag: Record<string, { x: number; y: number }> = {};
  for (let i = 0; i < PRESENCE_LIMITS.drag; i++) drag[`${i}`.padStart(64, 'n')] = { x: i, y: -i };
  const state: Record<string, unknown> = { user: { id: participantId, name: 'Intrus', color: '#123456' }, cursor: { x: 1, y: 2 }, drag };
  let bytes = JSON.stringify(state).length;
  for (let i = 0; bytes < PRESENCE_STATE_BYTES - 200; i++) {
    const value = 'j'.repeat(16);
    state[`junk${i}`] = value;
    bytes += `"junk${i}":"${value}",`.length;
  }
  return state;
}

/**
 * (8c) Its own presence at a new clock in every frame, each state just under the server's limit
 * (16 KiB: a 100-note drag and unknown fields): parsed, read field by field, kept and relayed to the room. (One
 * entry per frame: the server refuses an update that names a client id twice.)
 */
export function awarenessJunk(): AttackClass {
  const states = new Map<string, Record<string, unknown>>();
  return {
    id: '8c',
    title: 'awareness: own state of ~16 KiB per frame (100-note drag + junk fields)',
    plan: {
      mode: 'stream',
      next: (conn) => {
        const state = states.get(conn.participantId) ?? junkState(conn.participantId);
        states.set(conn.participantId, state);
        return awarenessFrame([{ clientId: conn.clientId, clock: conn.sent + 1, state }]);
      },
    },
  };
}

/** (9) 500 sockets opened at once with one participant's token (the cap is 8). */
export function manySockets(): AttackClass {
  return { id: '9', title: '500 sockets at once with one token', plan: { mode: 'sockets', perBurst: 500 }, lanes: 1 };
}

/** (10) 20,000 one-byte frames (3: query awareness, answered until the presence budget is spent) on each socket. */
export function oneByteFrames(): AttackClass {
  const frame = Uint8Array.of(3);
  return {
    id: '10',
    title: '20,000 one-byte frames per socket (query awareness)',
    plan: { mode: 'stream', next: (conn) => (conn.sent < 20_000 ? frame : null), window: 20_000 },
  };
}

/**
 * (11b) Valid updates at the placement budget: from a new client each time, as many deleted
 * structs as `MAX_PLACEMENT_STEPS` lets onto the long history (origins its oldest items, ≤ 64
 * each, right origin its current value). Each walks the whole history and lands just before the
 * current value, so the note does not change: accepted, applied to the shadow and the board,
 * stored and relayed. The history grows with every one accepted: the next is built for it.
 */
export function placementsAtBudget(facts: BoardFacts, room: RoomView): AttackClass {
  const current = facts.chain[facts.chain.length - 1]!;
  let made = 0;
  /** items sent that the room has not shown yet: the server may have placed them before the next frame */
  let pending = 0;
  return {
    id: '11b',
    title: `valid: deleted structs along the ${facts.chain.length.toLocaleString('en-US')}-item history, at the placement budget`,
    plan: {
      mode: 'stream',
      next: () => {
        // a little under the budget (n new items after an origin with `history` items after it cost about n · (history + n))
        const n = placementsUnder(room.historyLength() + pending, MAX_PLACEMENT_STEPS - 10_000);
        const structs = Array.from({ length: n }, (_, i) => ({ origin: facts.chain[Math.floor(i / MAX_SIBLINGS)]!, rightOrigin: current, deleted: 1 }));
        const client = HIGH_CLIENT - 1 - made++;
        pending += n;
        let seen = false;
        return {
          frame: sync(encodeRawUpdate([{ client, clock: 0, structs }])),
          applied: () => {
            if (!seen && room.has(client)) {
              seen = true;
              pending -= n;
            }
            return seen;
          },
        };
      },
    },
  };
}

/**
 * (11a) Valid updates at the struct limit: 50,000 deleted entries under new keys of `notes`
 * (~800 KB), which change no note and are accepted until the board is full (4413); then the
 * same frames are refused by the size check, after the scan, decoding and placement check.
 */
export function maxStructs(room: RoomView): AttackClass {
  let made = 0;
  return {
    id: '11a',
    title: 'valid: 50,000 deleted structs under new keys (~0.8 MB), until the board is full',
    plan: {
      mode: 'stream',
      next: () => {
        const f = made++;
        const client = 0xe000_0000 + f;
        const structs: RawStruct[] = Array.from({ length: MAX_STRUCTS }, (_, i) => ({ parent: 'notes', parentSub: `${f.toString(36)}.${i.toString(36)}`, deleted: 1 }));
        return { frame: checkSize(sync(encodeRawUpdate([{ client, clock: 0, structs }])), '11a'), applied: () => room.has(client) };
      },
    },
  };
}

/** What an attacker sees of the room through a standard client in it: updates the server accepted are relayed there. */
export interface RoomView {
  /** whether the room has something of this client */
  has(client: number): boolean;
  /** items in the history of the long-history note */
  historyLength(): number;
}

/** Every class, in the order they run (the valid ones last: they change the board). */
export function attackClasses(facts: BoardFacts, room: RoomView): AttackClass[] {
  return [
    wipe(facts),
    siblingsOnOneOrigin(facts),
    siblingsChained(facts),
    alongLongHistory(facts),
    overlappingRanges(facts),
    sortedRanges(facts),
    unknownRoots(facts),
    protoPayload(),
    stateVectorMany(facts),
    stateVectorSmall(facts),
    awarenessNewIds(facts),
    awarenessNoOp(facts),
    awarenessJunk(),
    manySockets(),
    oneByteFrames(),
    placementsAtBudget(facts, room),
    maxStructs(room),
  ];
}
