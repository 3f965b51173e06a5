import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { awarenessFrame, syncUpdateFrame } from './rawClient.js';
import { sampleNote, writeNote } from './openBoard.js';
import { encodeRawUpdate, objectWithKeys, type RawId } from './rawUpdate.js';

/** Seeded PRNG (mulberry32): a failing run is replayed with the seed it printed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzContext {
  random: () => number;
  /** the attacker's own participant id (valid updates write their own notes) */
  participantId: string;
  /** a presence another connection owns */
  foreignClientId: number;
  /** the item holding another person's note: crafted structs hang off it */
  othersNote: RawId;
  maxPayload: number;
}

/** What to send: a WebSocket message, or a raw frame with reserved bits (needs a hand-made socket). */
export type FuzzFrame = { via: 'ws'; data: Uint8Array } | { via: 'tcp'; payload: Uint8Array; rsv1: boolean };

const int = (r: () => number, n: number): number => Math.floor(r() * n);
const bytes = (r: () => number, n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(r, 256));
const NEAR_2_53 = [2 ** 53 - 1, 2 ** 53 - 2, 2 ** 52, 2 ** 32, 2 ** 32 - 1, 2 ** 31];

function message(...parts: (number | Uint8Array)[]): Uint8Array {
  const e = encoding.createEncoder();
  for (const p of parts) if (typeof p === 'number') encoding.writeVarUint(e, p);
  else encoding.writeVarUint8Array(e, p);
  return encoding.toUint8Array(e);
}

/** A real update: a fresh client writing its own note, as the standard client would send it. */
function realUpdate(ctx: FuzzContext): Uint8Array {
  const doc = new Y.Doc();
  writeNote(doc, sampleNote(`fz-${int(ctx.random, 1e9)}`, ctx.participantId, { text: 'fuzz'.repeat(1 + int(ctx.random, 20)) }));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** A hand-written v1 update with the given header numbers and one deleted struct. */
function updateWithNumbers(structs: number, client: number, clock: number, length: number, dsClock: number, dsLen: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, structs);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
  encoding.writeUint8(e, 1 | 0x20); // ContentDeleted, parent given by name, with a key
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, 'notes');
  encoding.writeVarString(e, 'k');
  encoding.writeVarUint(e, length);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, dsClock);
  encoding.writeVarUint(e, dsLen);
  return encoding.toUint8Array(e);
}

/** Sub-document structs: Yjs builds a whole `Y.Doc` for each one it decodes. */
export function subdocFlood(count: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, count);
  encoding.writeVarUint(e, 7);
  encoding.writeVarUint(e, 0);
  for (let i = 0; i < count; i++) {
    encoding.writeUint8(e, 9 | 0x20);
    encoding.writeVarUint(e, 1);
    encoding.writeVarString(e, 'notes');
    encoding.writeVarString(e, 'k');
    encoding.writeVarString(e, `g${i}`);
    encoding.writeUint8(e, 118); // options: {}
    encoding.writeVarUint(e, 0);
  }
  encoding.writeVarUint(e, 0);
  return encoding.toUint8Array(e);
}

/** An awareness message whose JSON string is not valid UTF-8. */
function badUtf8Awareness(ctx: FuzzContext): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, int(ctx.random, 2 ** 31));
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint8Array(inner, Uint8Array.from([0x7b, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
  return message(1, encoding.toUint8Array(inner));
}

const freshClient = (ctx: FuzzContext): number => 1 + int(ctx.random, 2 ** 32 - 2);
const own = (ctx: FuzzContext, id: string): unknown => sampleNote(id, ctx.participantId);

/** Crafted updates that walk around a reading of the bytes (issue #9): each must be refused, the note it aims at kept. */
const CRAFTED_KINDS = {
  /** a deleted struct over another person's note: the wipe */
  deletedOverNote: (ctx) => ({ via: 'ws', data: syncUpdateFrame(encodeRawUpdate([{ client: freshClient(ctx), clock: 0, structs: [{ origin: ctx.othersNote, deleted: 1 + int(ctx.random, 3) }] }])) }),
  /** a value over another person's note, deleted in the same update */
  setAndDeleted: (ctx) => {
    const client = freshClient(ctx);
    const update = encodeRawUpdate([{ client, clock: 0, structs: [{ origin: ctx.othersNote, any: [own(ctx, 'x')] }] }], [{ client, ranges: [{ clock: 0, len: 1 }] }]);
    return { via: 'ws', data: syncUpdateFrame(update) };
  },
  /** an entry in a root nobody declared, or a parent given by an item */
  otherRoot: (ctx) => {
    const parent = ctx.random() < 0.5 ? `r${int(ctx.random, 100)}` : ctx.othersNote;
    return { via: 'ws', data: syncUpdateFrame(encodeRawUpdate([{ client: freshClient(ctx), clock: 0, structs: [{ parent, parentSub: 'k', any: ['x'.repeat(1000)] }] }])) };
  },
  /** a note hiding data behind an own `__proto__` key */
  protoJson: (ctx) => {
    const note = objectWithKeys([...Object.entries(sampleNote('p', ctx.participantId)), ['__proto__', { hidden: 'x'.repeat(20_000) }]]);
    return { via: 'ws', data: syncUpdateFrame(encodeRawUpdate([{ client: freshClient(ctx), clock: 0, structs: [{ parent: 'notes', parentSub: 'p', any: [note] }] }])) };
  },
  /** thousands of structs on one origin, or chained on the first: YATA's worst placements */
  placementStorm: (ctx) => {
    const client = freshClient(ctx);
    // as many as fit in one frame (about 10 bytes each), so they reach the checks rather than the frame limit
    const count = Math.min(40_000, Math.floor(ctx.maxPayload / 12) - int(ctx.random, 100));
    const chained = ctx.random() < 0.5;
    const structs = Array.from({ length: count }, (_, i) => ({ origin: chained && i > 0 ? { client, clock: 0 } : ctx.othersNote, deleted: 1 }));
    return { via: 'ws', data: syncUpdateFrame(encodeRawUpdate([{ client, clock: 0, structs }])) };
  },
  /** a delete set of overlapping ranges over another client's structs */
  overlappingDeletes: (ctx) => {
    const ranges = Array.from({ length: 1000 + int(ctx.random, 19_000) }, () => ({ clock: 0, len: 1 + ctx.othersNote.clock }));
    return { via: 'ws', data: syncUpdateFrame(encodeRawUpdate([], [{ client: ctx.othersNote.client, ranges }])) };
  },
  /** thousands of presences announced from one socket */
  presenceFlood: (ctx) => {
    const base = freshClient(ctx);
    return { via: 'ws', data: awarenessFrame(Array.from({ length: 5000 }, (_, i) => ({ clientId: (base + i) % 2 ** 32, clock: 1, state: { user: { id: ctx.participantId, name: 'x', color: '#000000' } } }))) };
  },
  /** a presence with fields no client sends */
  junkPresence: (ctx) => ({
    via: 'ws',
    data: awarenessFrame([{ clientId: freshClient(ctx), clock: 1, state: { user: { id: ctx.participantId, name: 'x', color: 'red; background:url(x)' }, cursor: { x: 'a' }, evil: 'x'.repeat(10_000) } }]),
  }),
} satisfies Record<string, (ctx: FuzzContext) => FuzzFrame>;

export const FUZZ_KINDS = {
  ...CRAFTED_KINDS,
  random: (ctx) => ({ via: 'ws', data: bytes(ctx.random, 1 + int(ctx.random, 300)) }),
  bitFlipped: (ctx) => {
    const update = realUpdate(ctx);
    for (let i = 0, n = 1 + int(ctx.random, 3); i < n; i++) update[int(ctx.random, update.length)]! ^= 1 << int(ctx.random, 8);
    return { via: 'ws', data: syncUpdateFrame(update) };
  },
  truncated: (ctx) => {
    const update = realUpdate(ctx);
    return { via: 'ws', data: syncUpdateFrame(update.subarray(0, int(ctx.random, update.length))) };
  },
  invalidYjs: (ctx) => ({ via: 'ws', data: syncUpdateFrame(bytes(ctx.random, 1 + int(ctx.random, 200)), 1 + int(ctx.random, 2)) }),
  hugeVarints: (ctx) => {
    const big = (): number => NEAR_2_53[int(ctx.random, NEAR_2_53.length)]!;
    const pick = int(ctx.random, 6);
    if (pick === 0) return { via: 'ws', data: syncUpdateFrame(updateWithNumbers(big(), 7, 0, 1, 0, 1)) };
    if (pick === 1) return { via: 'ws', data: syncUpdateFrame(updateWithNumbers(1, big(), 0, 1, 0, 1)) };
    if (pick === 2) return { via: 'ws', data: syncUpdateFrame(updateWithNumbers(1, 7, 0, big(), 0, 1)) };
    if (pick === 3) return { via: 'ws', data: syncUpdateFrame(updateWithNumbers(1, 7, 0, 1, big(), big())) };
    // a state vector, and a message length, near 2^53
    if (pick === 4) return { via: 'ws', data: message(0, 0, message(1, big(), big())) };
    return { via: 'ws', data: message(0, 2, big()) };
  },
  reservedBits: (ctx) => ({ via: 'tcp', payload: message(0, 0, new Uint8Array([0])), rsv1: ctx.random() < 0.5 }),
  badUtf8: (ctx) => ({ via: 'ws', data: badUtf8Awareness(ctx) }),
  foreignAwareness: (ctx) => ({
    via: 'ws',
    data: awarenessFrame([{ clientId: ctx.foreignClientId, clock: 1000 + int(ctx.random, 1000), state: { cursor: { x: 1, y: 2 } } }]),
  }),
  oversized: (ctx) => ({ via: 'ws', data: bytes(ctx.random, ctx.maxPayload + 1 + int(ctx.random, 1000)) }),
  subdocs: (ctx) => ({ via: 'ws', data: syncUpdateFrame(subdocFlood(1 + int(ctx.random, 2000))) }),
} satisfies Record<string, (ctx: FuzzContext) => FuzzFrame>;

export type FuzzKind = keyof typeof FUZZ_KINDS;
export const FUZZ_KIND_NAMES = Object.keys(FUZZ_KINDS) as FuzzKind[];
