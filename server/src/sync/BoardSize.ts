import * as Y from 'yjs';
import { encodeSnapshot } from '../storage/documentLog.js';

/**
 * A cheap running estimate of a board's encoded size: the last measured size plus the bytes of
 * every update applied since. Updates that overwrite notes make it overshoot, so before refusing
 * anything the board is measured once (encoded as a snapshot would be); it is measured again only after
 * more updates arrive. Compaction resets the estimate to the snapshot's real size.
 */
export class BoardSize {
  private estimate: number;
  private exact = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly maxBytes: number,
    storedBytes: number,
  ) {
    this.estimate = storedBytes;
  }

  get bytes(): number {
    return this.estimate;
  }

  grew(updateBytes: number): void {
    this.estimate += updateBytes;
    this.exact = false;
  }

  measured(bytes: number): void {
    this.estimate = bytes;
    this.exact = true;
  }

  /** Whether `update`, which adds structs (deletions always pass), may be applied. */
  admits(update: Uint8Array): boolean {
    if (this.maxBytes === 0 || this.estimate + update.byteLength <= this.maxBytes) return true;
    if (!this.exact) this.measured(encodeSnapshot(this.doc).byteLength);
    return this.estimate + update.byteLength <= this.maxBytes;
  }
}
