import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { waitFor } from './providers.js';
import { openRawSocket, type RawSocket } from './rawSocket.js';

/** y-websocket framing, written out by hand rather than borrowed from the server. */
const SYNC = 0;
const AWARENESS = 1;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** One entry of an awareness update: a client id, its clock, its state (null: gone). */
export interface PresenceEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/**
 * A raw `ws` socket holding its own copy of the document, for changes no well-behaved client
 * would send: `send` applies a change to that copy and ships exactly the resulting Yjs update
 * as one sync-update frame (type 0, sub-type 2).
 */
export interface RawClient extends RawSocket {
  doc: Y.Doc;
  /** `as: 'step2'` ships it as a sync step 2, the way a client sends its offline edits on reconnecting */
  send(change: (doc: Y.Doc) => void, as?: 'update' | 'step2'): Uint8Array;
  sendAwareness(entries: PresenceEntry[]): void;
}

export function syncUpdateFrame(update: Uint8Array, subtype: number = SYNC_UPDATE): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, subtype);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessFrame(entries: PresenceEntry[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/** Opens the socket and asks for the whole document (sync step 1 with an empty state vector). */
export async function openRawClient(wsUrl: string, docName: string, token: string): Promise<RawClient> {
  const raw = openRawSocket(wsUrl, docName, token);
  const doc = new Y.Doc();
  onTestFinished(() => doc.destroy());
  let synced = false;
  raw.socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== SYNC) return;
    const subtype = decoding.readVarUint(decoder);
    if (subtype !== SYNC_STEP_2 && subtype !== SYNC_UPDATE) return;
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), 'server');
    if (subtype === SYNC_STEP_2) synced = true;
  });
  await raw.opened;
  const step1 = encoding.createEncoder();
  encoding.writeVarUint(step1, SYNC);
  encoding.writeVarUint(step1, SYNC_STEP_1);
  encoding.writeVarUint8Array(step1, Y.encodeStateVector(new Y.Doc()));
  raw.socket.send(encoding.toUint8Array(step1));
  await waitFor(() => synced, 5000, `the server’s copy of ${docName}`);
  return {
    ...raw,
    doc,
    send(change, as = 'update') {
      const before = Y.encodeStateVector(doc);
      change(doc);
      const update = Y.encodeStateAsUpdate(doc, before);
      raw.socket.send(syncUpdateFrame(update, as === 'step2' ? SYNC_STEP_2 : SYNC_UPDATE));
      return update;
    },
    sendAwareness(entries) {
      raw.socket.send(awarenessFrame(entries));
    },
  };
}
