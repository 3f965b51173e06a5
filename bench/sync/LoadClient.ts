import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createNote, updateNotes } from '@essaim/shared';
import type { Dialect } from './dialects.js';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_UPDATE = 2;

/** Who a simulated participant is on one server: the document, its credentials, its presence. */
export interface Seat {
  docName: string;
  token: string;
  participantId: string;
  name: string;
}

/** What a client counted since the last `resetCounters`. */
export interface Counters {
  /** document updates written by somebody else */
  updates: number;
  awarenessFrames: number;
  frames: number;
  bytes: number;
}

/** The first client id of a v1 update: whose change it is (our writers never mix clients). */
function updateAuthor(update: Uint8Array): number {
  const d = decoding.createDecoder(update);
  if (decoding.readVarUint(d) === 0) return -1;
  decoding.readVarUint(d);
  return decoding.readVarUint(d);
}

/**
 * A thin simulated participant: it writes and moves its own notes from a small local doc of
 * its own and publishes a cursor, but only counts what it receives — so one load process can
 * play hundreds of people. Its updates are real Yjs updates made by the shared operations.
 */
export class LoadClient {
  readonly doc = new Y.Doc();
  readonly counters: Counters = { updates: 0, awarenessFrames: 0, frames: 0, bytes: 0 };
  writes = 0;
  private ws: WebSocket | null = null;
  private awarenessClock = 0;
  private readonly own: string[] = [];
  private opened = false;

  constructor(
    protected readonly dialect: Dialect,
    readonly seat: Seat,
    protected readonly index: number,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, MESSAGE_SYNC);
      encoding.writeVarUint(e, SYNC_UPDATE);
      encoding.writeVarUint8Array(e, update);
      this.send(encoding.toUint8Array(e));
    });
  }

  connect(baseUrl: string): Promise<void> {
    const ws = new WebSocket(this.dialect.url(baseUrl, this.seat.docName, this.seat.token), { perMessageDeflate: false });
    ws.binaryType = 'nodebuffer';
    this.ws = ws;
    ws.on('message', (data: Buffer) => this.receive(data));
    return new Promise((resolve, reject) => {
      ws.once('error', reject);
      ws.once('close', (code) => {
        if (!this.opened) reject(new Error(`${this.seat.docName}: closed with ${code} before opening`));
        this.opened = false;
      });
      ws.once('open', () => {
        this.opened = true;
        for (const m of this.dialect.hello(this.seat.docName, this.seat.token)) ws.send(m);
        this.onOpen();
        resolve();
      });
    });
  }

  get isOpen(): boolean {
    return this.opened;
  }

  /** One participant's change: a new note now and then, otherwise a move of one of theirs. */
  write(now: number): void {
    this.writes++;
    if (this.own.length === 0 || this.writes % 4 === 1) {
      const id = `c${this.index}n${this.own.length}`;
      createNote(this.doc, { id, x: (this.index % 20) * 200 + 100, y: Math.floor(this.index / 20) * 200 + 100, text: `Idée ${this.own.length + 1} de ${this.seat.name}` }, { authorId: this.seat.participantId, now });
      this.own.push(id);
    } else {
      const id = this.own[this.writes % this.own.length]!;
      updateNotes(this.doc, new Map([[id, { x: (this.writes * 37) % 4000, y: (this.writes * 53) % 3000 }]]), now);
    }
  }

  /** Publishes the presence: the cursor, and the live position of a note being dragged. */
  presence(cursor: { x: number; y: number }, drag: { x: number; y: number } | null): void {
    const state: Record<string, unknown> = { user: { id: this.seat.participantId, name: this.seat.name, color: '#3b6fd6' }, cursor };
    if (drag && this.own[0]) state.drag = { [this.own[0]]: drag };
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, this.doc.clientID);
    encoding.writeVarUint(inner, ++this.awarenessClock);
    encoding.writeVarString(inner, JSON.stringify(state));
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    this.send(encoding.toUint8Array(e));
  }

  resetCounters(): void {
    Object.assign(this.counters, { updates: 0, awarenessFrames: 0, frames: 0, bytes: 0 });
    this.writes = 0;
  }

  close(): Promise<void> {
    const ws = this.ws;
    this.ws = null;
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      ws.once('close', () => resolve());
      ws.close();
    });
  }

  protected send(message: Uint8Array): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(this.dialect.wrap(this.seat.docName, message));
  }

  protected onOpen(): void {}

  /** Counts a frame; the probe subclass also applies it. */
  protected receive(frame: Buffer): void {
    this.counters.frames++;
    this.counters.bytes += frame.byteLength;
    const message = this.dialect.unwrap(frame);
    const d = decoding.createDecoder(message);
    const type = decoding.readVarUint(d);
    if (type === MESSAGE_AWARENESS) this.counters.awarenessFrames++;
    else if (type === MESSAGE_SYNC && decoding.readVarUint(d) === SYNC_UPDATE) {
      if (updateAuthor(decoding.readVarUint8Array(d)) !== this.doc.clientID) this.counters.updates++;
    }
  }
}
