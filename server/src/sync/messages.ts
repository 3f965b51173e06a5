import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Top-level message types of the y-websocket protocol, and Essaim's own clock request (`time`, docs/API.md). */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, time: 8 } as const;

/** The answer to a clock request: `[8][requestId][float64 serverNow]`. */
export function timeMessage(requestId: number, serverNow: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.time);
  encoding.writeVarUint(encoder, requestId);
  encoding.writeFloat64(encoder, serverNow);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Answer to a client's step 1: what the client is missing, given its state vector. */
export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return syncStep2FromUpdate(Y.encodeStateAsUpdate(doc, stateVector));
}

/** A step 2 carrying an update encoded earlier (see `SyncAnswers`). */
export function syncStep2FromUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** One presence as the awareness protocol carries it: its state as JSON (`null`: gone). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  json: string;
}

/** An awareness update (not yet wrapped in a message) made of `entries`. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * An awareness message with the presences of `clients` in order, as many as fit in `maxBytes`
 * of JSON (at least one), and how many it took.
 */
export function awarenessMessageWithin(awareness: awarenessProtocol.Awareness, clients: readonly number[], maxBytes: number): { message: Uint8Array; taken: number } {
  const states = awareness.getStates();
  const entries: AwarenessEntry[] = [];
  let bytes = 0;
  for (const clientId of clients) {
    const json = JSON.stringify(states.get(clientId) ?? null);
    if (entries.length > 0 && bytes + json.length > maxBytes) break;
    bytes += json.length;
    entries.push({ clientId, clock: awareness.meta.get(clientId)?.clock ?? 0, json });
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, encodeAwarenessEntries(entries));
  return { message: encoding.toUint8Array(encoder), taken: entries.length };
}
