import type * as awarenessProtocol from 'y-protocols/awareness';
import type { Connection } from './Connection.js';
import { awarenessMessageWithin } from './messages.js';

export interface PresenceRelayOptions {
  /** at most one presence frame per connection this often */
  intervalMs: number;
  /** at most this many presences in one frame; the rest go in the next ones, longest-waiting first */
  maxPerFrame: number;
  /** JSON bytes of presence in one frame (a frame holds at least one presence) */
  maxFrameBytes: number;
  /** bytes a second the room's frames may take, counted once per connection: big frames to many connections come less often */
  bytesPerSecond: number;
}

/** JSON bytes of presence in one frame the server sends: a relayed batch, or the room's presences to a newcomer. */
export const PRESENCE_FRAME_BYTES = 64 * 1024;

export const PRESENCE_RELAY_DEFAULTS: PresenceRelayOptions = { intervalMs: 50, maxPerFrame: 40, maxFrameBytes: PRESENCE_FRAME_BYTES, bytesPerSecond: 32 * 1024 * 1024 };

/**
 * Relays a room's presence changes (cursors, live drags, arrivals, departures) in batches: each
 * presence that changed since the last frame goes out once, with its latest state, in one
 * frame encoded once for every connection. Relaying each change as it comes would send every
 * connection a frame per change — a room of N people moving their cursors costs N² frames; here
 * each connection gets at most one frame per `intervalMs`, and with `maxPerFrame` a huge room
 * slows each cursor down instead of growing every frame; and with `bytesPerSecond` a frame of
 * big states sent to many connections delays the next one, so what the room sends stays bounded.
 */
export class PresenceRelay {
  /** insertion order: the presence that has waited longest comes first */
  private readonly pending = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** the next frame goes out no earlier than this (performance.now()) */
  private nextFrameAt = -Infinity;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly connections: Iterable<Connection>,
    private readonly opts: PresenceRelayOptions = PRESENCE_RELAY_DEFAULTS,
  ) {}

  changed(clientIds: Iterable<number>): void {
    for (const id of clientIds) this.pending.add(id);
    if (this.timer || this.pending.size === 0) return;
    // A quiet room sends at once; a busy one waits for the next slot.
    const wait = this.nextFrameAt - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(this.flush, wait);
  }

  private readonly flush = (): void => {
    this.timer = null;
    const waiting: number[] = [];
    for (const id of this.pending) {
      if (waiting.length === this.opts.maxPerFrame) break;
      waiting.push(id);
    }
    const { message, taken } = awarenessMessageWithin(this.awareness, waiting, this.opts.maxFrameBytes);
    for (const id of waiting.slice(0, taken)) this.pending.delete(id);
    let sent = 0;
    for (const conn of this.connections) {
      conn.send(message);
      sent++;
    }
    const gap = Math.max(this.opts.intervalMs, ((message.byteLength * sent) / this.opts.bytesPerSecond) * 1000);
    this.nextFrameAt = performance.now() + gap;
    if (this.pending.size > 0) this.timer = setTimeout(this.flush, gap);
  };

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }
}
