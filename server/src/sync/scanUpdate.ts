import * as decoding from 'lib0/decoding';
import { FORBIDDEN_KEYS } from '@essaim/shared';

/** Yjs client ids are random 32-bit numbers. */
const MAX_CLIENT_ID = 0xffff_ffff;
/** Far beyond what one editing session writes, far below where clock arithmetic loses precision (2^53). */
export const MAX_CLOCK = 2 ** 32;
/** Notes are flat JSON objects; deeper values are refused before anything recursive reads them. */
const MAX_ANY_DEPTH = 16;
/** Bytes of one JSON value: a note of 2,000 characters with its fields is under 8 KiB. */
export const MAX_ANY_BYTES = 16 * 1024;
/** Keys of one object or items of one array: a note has a dozen fields. */
export const MAX_ANY_ENTRIES = 256;
/** Bytes of an entry's key: ids are at most 64 characters. */
const MAX_KEY_BYTES = 256;
/** Structs in one update: an offline afternoon of one person is a few hundred (overwrites merge). */
export const MAX_STRUCTS = 10_000;
/** Clients with structs in one update: the people whose work a client passes on after the server lost some. */
export const MAX_CLIENTS = 1000;
/** Delete-set ranges in one update: the whole board's delete set rides along with every sync step 2. */
export const MAX_DELETE_RANGES = 200_000;

/** Struct kinds a flat board may contain (Yjs v1 content refs): GC, deleted, JSON (`ContentAny`), skip. */
const GC = 0;
const CONTENT_DELETED = 1;
const CONTENT_ANY = 8;
const SKIP = 10;

export type ScanResult = { ok: true } | { ok: false; reason: string };

/**
 * Walks a client's Yjs (v1) update without building anything, so no client bytes reach the Yjs
 * decoder unless they are small to decode and linear to integrate: only GC, skip, deleted and
 * plain-JSON structs (each value of at most 16 KiB and 256 entries an object, each value counted as a struct); parents that are root maps in `roots` (never an item: no nested
 * types); 32-bit client ids, clocks below 2^32; JSON no deeper than 16 levels and without keys
 * that would hide data in a prototype; at most `MAX_STRUCTS` structs; delete ranges sorted and
 * disjoint per client (overlapping ranges make Yjs walk the same structs again and again).
 * (Yjs builds a whole `Y.Doc` for each sub-document struct it decodes: a 1 MiB frame of them
 * took 3.5 s.) Throws on truncation.
 */
export function scanUpdate(update: Uint8Array, roots: ReadonlySet<string>, stateOf: (client: number) => number = () => MAX_CLOCK): ScanResult {
  /** where each client's structs in this update end: a delete set may reach that far, and no further than the document */
  const reach = new Map<number, number>();
  const d = decoding.createDecoder(update);
  let structsSeen = 0;
  const clients = decoding.readVarUint(d);
  if (clients > MAX_CLIENTS) return refuse(`more than ${MAX_CLIENTS} clients in one update`);
  for (let c = 0; c < clients; c++) {
    const structs = decoding.readVarUint(d);
    structsSeen += structs;
    if (structsSeen > MAX_STRUCTS) return refuse(`more than ${MAX_STRUCTS} structs in one update`);
    const client = decoding.readVarUint(d);
    let clock = decoding.readVarUint(d);
    if (client > MAX_CLIENT_ID) return refuse('client id out of range');
    for (let s = 0; s < structs; s++) {
      const info = decoding.readUint8(d);
      const ref = info & 0b11111;
      if (ref === GC || ref === SKIP) {
        clock += decoding.readVarUint(d);
      } else {
        if (info & 0x80) skipId(d);
        if (info & 0x40) skipId(d);
        if ((info & 0xc0) === 0) {
          if (decoding.readVarUint(d) !== 1) return refuse('only root maps may hold entries');
          const root = decoding.readVarString(d);
          if (!roots.has(root)) return refuse(`unknown root type ${root.slice(0, 40)}`);
          if (!(info & 0x20)) return refuse('only keyed entries of the root maps may be written');
          const key = decoding.readVarUint8Array(d);
          if (key.length > MAX_KEY_BYTES) return refuse(`entry key over ${MAX_KEY_BYTES} bytes`);
          if (isForbiddenKey(key)) return refuse('entry key __proto__, constructor or prototype');
        }
        if (ref === CONTENT_DELETED) clock += decoding.readVarUint(d);
        else if (ref === CONTENT_ANY) {
          // Several values in one struct: successive writes of one key merged by Yjs, which it does
          // when they were kept from garbage collection (an undo history keeps them). Each counts as a struct.
          const values = decoding.readVarUint(d);
          if (values === 0) return refuse('an entry holds a JSON value');
          structsSeen += values - 1;
          if (structsSeen > MAX_STRUCTS) return refuse(`more than ${MAX_STRUCTS} structs in one update`);
          for (let v = 0; v < values; v++) {
            const start = d.pos;
            const why = skipAny(d);
            if (why) return refuse(why);
            if (d.pos - start > MAX_ANY_BYTES) return refuse(`JSON value over ${MAX_ANY_BYTES} bytes`);
          }
          clock += values;
        } else return refuse('only plain JSON entries of the board maps may be written');
      }
      if (clock > MAX_CLOCK) return refuse('clock out of range');
    }
    reach.set(client, Math.max(reach.get(client) ?? 0, clock));
  }
  return scanDeleteSet(d, (client) => Math.max(stateOf(client), reach.get(client) ?? 0));
}

function scanDeleteSet(d: decoding.Decoder, known: (client: number) => number): ScanResult {
  let rangesSeen = 0;
  const clients = decoding.readVarUint(d);
  for (let c = 0; c < clients; c++) {
    const client = decoding.readVarUint(d);
    if (client > MAX_CLIENT_ID) return refuse('client id out of range');
    const limit = known(client);
    const ranges = decoding.readVarUint(d);
    rangesSeen += ranges;
    if (rangesSeen > MAX_DELETE_RANGES) return refuse(`more than ${MAX_DELETE_RANGES} delete ranges in one update`);
    let end = 0;
    for (let r = 0; r < ranges; r++) {
      const clock = decoding.readVarUint(d);
      const len = decoding.readVarUint(d);
      if (len === 0 || clock < end) return refuse('delete ranges must be sorted and disjoint');
      end = clock + len;
      if (end > MAX_CLOCK) return refuse('delete range out of range');
      // Yjs would keep it pending, built at length, before the update is refused anyway
      if (end > limit) return refuse('update deletes changes the server has not received');
    }
  }
  return { ok: true };
}

const utf8 = new TextDecoder();
/** The longest forbidden key, in bytes (`constructor`): longer keys are not even decoded. */
const FORBIDDEN_KEY_BYTES = Math.max(...[...FORBIDDEN_KEYS].map((k) => k.length));

function isForbiddenKey(key: Uint8Array): boolean {
  return key.length <= FORBIDDEN_KEY_BYTES && FORBIDDEN_KEYS.has(utf8.decode(key));
}

function refuse(reason: string): ScanResult {
  return { ok: false, reason };
}

function skipId(d: decoding.Decoder): void {
  decoding.readVarUint(d);
  decoding.readVarUint(d);
}

/** Skips one lib0 `Any` value iteratively (no recursion, no allocation); why it is refused, or null. */
function skipAny(d: decoding.Decoder): string | null {
  const start = d.pos;
  // per open level: values still to skip, and whether each is preceded by a key (objects)
  const open: { left: number; keyed: boolean }[] = [{ left: 1, keyed: false }];
  while (open.length > 0) {
    const level = open[open.length - 1]!;
    if (level.left === 0) {
      open.pop();
      continue;
    }
    level.left--;
    // a huge value is refused as soon as it is seen to be one, not after it is all walked
    if (d.pos - start > MAX_ANY_BYTES) return `JSON value over ${MAX_ANY_BYTES} bytes`;
    if (level.keyed && isForbiddenKey(decoding.readVarUint8Array(d))) return 'JSON key __proto__, constructor or prototype';
    const type = decoding.readUint8(d);
    if (type === 118 || type === 117) {
      // object, array
      if (open.length >= MAX_ANY_DEPTH) return 'JSON value nested too deep';
      const entries = decoding.readVarUint(d);
      if (entries > MAX_ANY_ENTRIES) return `JSON object or array of more than ${MAX_ANY_ENTRIES} entries`;
      open.push({ left: entries, keyed: type === 118 });
    } else if (type === 125) decoding.readVarInt(d);
    else if (type === 124) decoding.readUint8Array(d, 4);
    else if (type === 123) decoding.readUint8Array(d, 8);
    // strings are skipped, not decoded
    else if (type === 119) decoding.readVarUint8Array(d);
    // 122 BigInt, 116 bytes, 127 undefined: lib0 carries them, JSON has none, and JSON.stringify throws on a BigInt
    else if (type === 122 || type === 116 || type === 127) return 'only JSON values (no BigInt, bytes or undefined)';
    // 126 null, 121 false, 120 true: nothing follows; anything else is not lib0 JSON
    else if (type < 116) throw new Error(`unknown JSON type ${type}`);
  }
  return null;
}
