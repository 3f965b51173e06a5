import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { boardMaps, createNote } from '@essaim/shared';
import type { Dialect } from './dialects.js';
import { LoadClient, type Seat } from './LoadClient.js';

const MESSAGE_SYNC = 0;

/** When each probe note was written, so the probes that see it arrive can time it (one clock). */
export class LatencyBook {
  readonly samples: number[] = [];
  expected = 0;
  private readonly sentAt = new Map<string, number>();

  wrote(noteId: string, observers: number): void {
    this.sentAt.set(noteId, performance.now());
    this.expected += observers;
  }

  observed(noteId: string): void {
    const t = this.sentAt.get(noteId);
    if (t !== undefined) this.samples.push(performance.now() - t);
  }

  reset(): void {
    this.samples.length = 0;
    this.expected = 0;
    this.sentAt.clear();
  }
}

/**
 * A full Yjs client: it syncs the whole board, applies everything it receives, and writes
 * notes whose arrival the other probes of its room time.
 */
export class ProbeClient extends LoadClient {
  private seq = 0;

  constructor(
    dialect: Dialect,
    seat: Seat,
    index: number,
    private readonly book: LatencyBook,
  ) {
    super(dialect, seat, index);
    boardMaps(this.doc).notes.observe((event) => {
      if (event.transaction.origin !== this) return;
      for (const key of event.keysChanged) if (key.startsWith('probe')) this.book.observed(key);
    });
  }

  /** A note for the other `observers` probes of the room to time. */
  probe(observers: number, now: number): void {
    const id = `probe${this.index}x${this.seq++}`;
    this.writes++;
    // Before writing: the update goes out synchronously inside the transaction.
    this.book.wrote(id, observers);
    createNote(this.doc, { id, x: 50 + (this.seq % 30) * 200, y: -400 - this.index * 200, text: `Sonde ${this.seq}` }, { authorId: this.seat.participantId, now });
  }

  protected override onOpen(): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(e, this.doc);
    this.send(encoding.toUint8Array(e));
  }

  protected override receive(frame: Buffer): void {
    super.receive(frame);
    const d = decoding.createDecoder(this.dialect.unwrap(frame));
    if (decoding.readVarUint(d) !== MESSAGE_SYNC) return;
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, MESSAGE_SYNC);
    syncProtocol.readSyncMessage(d, reply, this.doc, this);
    if (encoding.length(reply) > 1) this.send(encoding.toUint8Array(reply));
  }
}
