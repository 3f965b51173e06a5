import { randomBytes } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import type * as Y from 'yjs';

/**
 * Raw Yjs v1 update bytes, written field by field with lib0 — for updates no Yjs document
 * would produce. The layout (Yjs 13.6, `UpdateEncoderV1`):
 *
 *   varUint number of clients; per client: varUint struct count, varUint client, varUint first clock;
 *   per struct an info byte — low 5 bits the content ref, 0x80 origin, 0x40 right origin, 0x20 parentSub —
 *   then origin and right origin (varUint client + varUint clock each); with neither, the parent
 *   (varUint 1 + varString root name, or varUint 0 + the ID of the item holding the type), then the
 *   parentSub varString if 0x20; then the content: deleted → varUint length, JSON (`Any`) →
 *   varUint count + lib0 `writeAny` values, GC and skip → varUint length.
 *   Then the delete set: varUint number of clients; per client varUint client, varUint range
 *   count, per range varUint clock + varUint length.
 */

/** Content refs: the low 5 bits of a struct's info byte. */
export const CONTENT_REF = { gc: 0, deleted: 1, any: 8, skip: 10 } as const;
const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;
const HAS_PARENT_SUB = 0x20;

export interface RawId {
  client: number;
  clock: number;
}

/**
 * Where an item goes. With an origin or a right origin the item inherits the parent and key of
 * its neighbour and nothing else is written (a `parentSub` then only sets the 0x20 bit, as Yjs
 * itself does). With neither: `parent` is a root type's name or the ID of the item holding a type.
 */
export interface RawPlace {
  origin?: RawId;
  rightOrigin?: RawId;
  parent?: string | RawId;
  parentSub?: string;
}

export type RawStruct = { gc: number } | { skip: number } | (RawPlace & { deleted: number }) | (RawPlace & { any: unknown[] });

/** The structs of one client, from `clock` on: each struct takes the clocks after the previous one. */
export interface RawClientStructs {
  client: number;
  clock: number;
  structs: RawStruct[];
}

export interface RawDeletes {
  client: number;
  ranges: { clock: number; len: number }[];
}

export function encodeRawUpdate(clients: RawClientStructs[], deletes: RawDeletes[] = []): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, clients.length);
  for (const { client, clock, structs } of clients) {
    encoding.writeVarUint(e, structs.length);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, clock);
    for (const struct of structs) writeStruct(e, struct);
  }
  encoding.writeVarUint(e, deletes.length);
  for (const { client, ranges } of deletes) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, ranges.length);
    for (const { clock, len } of ranges) {
      encoding.writeVarUint(e, clock);
      encoding.writeVarUint(e, len);
    }
  }
  return encoding.toUint8Array(e);
}

function writeStruct(e: encoding.Encoder, struct: RawStruct): void {
  if ('gc' in struct || 'skip' in struct) {
    encoding.writeUint8(e, 'gc' in struct ? CONTENT_REF.gc : CONTENT_REF.skip);
    encoding.writeVarUint(e, 'gc' in struct ? struct.gc : struct.skip);
    return;
  }
  const { origin, rightOrigin, parent, parentSub } = struct;
  const ref = 'deleted' in struct ? CONTENT_REF.deleted : CONTENT_REF.any;
  encoding.writeUint8(e, (origin ? HAS_ORIGIN : 0) | (rightOrigin ? HAS_RIGHT_ORIGIN : 0) | (parentSub !== undefined ? HAS_PARENT_SUB : 0) | ref);
  if (origin) writeId(e, origin);
  if (rightOrigin) writeId(e, rightOrigin);
  if (!origin && !rightOrigin) {
    if (parent === undefined) throw new Error('a struct without origin or right origin needs a parent');
    if (typeof parent === 'string') {
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, parent);
    } else {
      encoding.writeVarUint(e, 0);
      writeId(e, parent);
    }
    if (parentSub !== undefined) encoding.writeVarString(e, parentSub);
  } else if (parent !== undefined) {
    throw new Error('a struct with an origin inherits its parent: none is written');
  }
  if ('deleted' in struct) {
    encoding.writeVarUint(e, struct.deleted);
  } else {
    encoding.writeVarUint(e, struct.any.length);
    for (const value of struct.any) encoding.writeAny(e, value as Parameters<typeof encoding.writeAny>[1]);
  }
}

function writeId(e: encoding.Encoder, { client, clock }: RawId): void {
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
}

/**
 * A plain object whose own keys are exactly `entries`, `__proto__` included: lib0's `writeAny`
 * writes `Object.keys`, and an object literal's `__proto__` sets the prototype instead of a key.
 */
export function objectWithKeys(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

/** A client id the server has never seen, as Yjs picks them (random 32 bits); its first clock is 0. */
export function newClientId(): number {
  return randomBytes(4).readUInt32LE(0);
}

/** The ID of the item holding an entry's current value, read from a standard client synced with the server (same IDs). */
export function currentItemId<T>(map: Y.Map<T>, key: string): RawId {
  const item = (map as unknown as { _map: Map<string, Y.Item> })._map.get(key);
  if (!item || item.deleted) throw new Error(`no current value for "${key}"`);
  return { client: item.id.client, clock: item.id.clock };
}
