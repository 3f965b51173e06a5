import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Clients a state vector may name beyond the board's own (its replica's own unsent work). */
const MAX_UNKNOWN_CLIENTS = 64;
import { syncStep2FromUpdate, syncStep2Message } from './messages.js';

/**
 * Answers clients' sync step 1. Most opening clients hold nothing of the document (a newcomer,
 * a cleared offline copy, everybody at once when a workshop starts), and their answer is the
 * whole document: encoded once and kept until the document changes, not once per client. A
 * client that already holds most of it gets only its difference, encoded for it.
 */
export class SyncAnswers {
  private whole: Uint8Array | null;

  /** `wholeState`: the document as one v1 update, when the loader has it as stored bytes. */
  constructor(
    private readonly doc: Y.Doc,
    wholeState: Uint8Array | null,
  ) {
    this.whole = wholeState && syncStep2FromUpdate(wholeState);
    // Every change to the document's content ends in an `update` event, local or remote.
    doc.on('update', this.drop);
  }

  /** The step 2 message for a client whose state vector is `stateVector` (throws if malformed or oversized). */
  step2(stateVector: Uint8Array): Uint8Array {
    // A state vector names the clients a replica has seen: a few more than the board's, never thousands more.
    const entries = decoding.readVarUint(decoding.createDecoder(stateVector));
    if (entries > this.doc.store.clients.size + MAX_UNKNOWN_CLIENTS) throw new Error('state vector names too many clients');
    if (!lacksMostOf(this.doc, Y.decodeStateVector(stateVector))) return syncStep2Message(this.doc, stateVector);
    this.whole ??= syncStep2FromUpdate(Y.encodeStateAsUpdate(this.doc));
    return this.whole;
  }

  private readonly drop = (): void => {
    this.whole = null;
  };
}

/**
 * Whether a replica at `known` lacks at least a quarter of the document (a newcomer lacks all of
 * it). The whole document, encoded once, answers it: more than it needs costs it nothing (Yjs
 * skips what it has), and a crafted state vector cannot make the server encode most of a board
 * for each request. Clients the document does not know (a replica's own offline work) count for nothing.
 */
function lacksMostOf(doc: Y.Doc, known: Map<number, number>): boolean {
  let total = 0;
  let held = 0;
  for (const [client, structs] of doc.store.clients) {
    const last = structs[structs.length - 1]!;
    const state = last.id.clock + last.length;
    total += state;
    held += Math.min(state, known.get(client) ?? 0);
  }
  return held <= total * 0.75;
}
