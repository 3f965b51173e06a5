import * as Y from 'yjs';
import { syncStep2FromUpdate, syncStep2Message } from './messages.js';

/**
 * Answers clients' sync step 1. Most opening clients hold nothing of the document (a newcomer,
 * a cleared offline copy, everybody at once when a workshop starts), and their answer is the
 * whole document: encoded once and kept until the document changes, not once per client. A
 * client that already holds part of it gets only its difference, encoded for it.
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

  /** The step 2 message for a client whose state vector is `stateVector` (throws if malformed). */
  step2(stateVector: Uint8Array): Uint8Array {
    if (!holdsNothingOf(this.doc, Y.decodeStateVector(stateVector))) return syncStep2Message(this.doc, stateVector);
    this.whole ??= syncStep2FromUpdate(Y.encodeStateAsUpdate(this.doc));
    return this.whole;
  }

  private readonly drop = (): void => {
    this.whole = null;
  };
}

/** Clients the document does not know (a newcomer's own offline work) change nothing in its answer. */
function holdsNothingOf(doc: Y.Doc, known: Map<number, number>): boolean {
  for (const [client, clock] of known) if (clock > 0 && doc.store.clients.has(client)) return false;
  return true;
}
