import type * as awarenessProtocol from 'y-protocols/awareness';
import type { Connection } from './Connection.js';
import { awarenessMessage } from './messages.js';

export interface PresenceRelayOptions {
  /** at most one presence frame per connection this often */
  intervalMs: number;
  /** at most this many presences in one frame; the rest go in the next ones, longest-waiting first */
  maxPerFrame: number;
}

export const PRESENCE_RELAY_DEFAULTS: PresenceRelayOptions = { intervalMs: 50, maxPerFrame: 40 };

/**
 * Relays a room's presence changes (cursors, live drags, arrivals, departures) in batches: each
 * presence that changed since the last frame goes out once, with its latest state, in one
 * frame encoded once for every connection. Relaying each change as it comes would send every
 * connection a frame per change — a room of N people moving their cursors costs N² frames; here
 * each connection gets at most one frame per `intervalMs`, and with `maxPerFrame` a huge room
 * slows each cursor down instead of growing every frame.
 */
export class PresenceRelay {
  /** insertion order: the presence that has waited longest comes first */
  private readonly pending = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFrameAt = -Infinity;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly connections: Iterable<Connection>,
    private readonly opts: PresenceRelayOptions = PRESENCE_RELAY_DEFAULTS,
  ) {}

  changed(clientIds: Iterable<number>): void {
    for (const id of clientIds) this.pending.add(id);
    if (this.timer || this.pending.size === 0) return;
    // A quiet room sends at once; a busy one waits for the next slot.
    const wait = this.lastFrameAt + this.opts.intervalMs - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(this.flush, wait);
  }

  private readonly flush = (): void => {
    this.timer = null;
    this.lastFrameAt = performance.now();
    const ids: number[] = [];
    for (const id of this.pending) {
      if (ids.length === this.opts.maxPerFrame) break;
      ids.push(id);
    }
    for (const id of ids) this.pending.delete(id);
    const message = awarenessMessage(this.awareness, ids);
    for (const conn of this.connections) conn.send(message);
    if (this.pending.size > 0) this.timer = setTimeout(this.flush, this.opts.intervalMs);
  };

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }
}
