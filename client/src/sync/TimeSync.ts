import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import type { ServerClock } from './ServerClock';

/** The y-websocket message type of a clock request and its answer (docs/API.md, « Timer »). */
export const TIME_MESSAGE = 8;

/** At each connect: a few requests close together, so the best round trips can be kept. */
const BURST = 5;
const BURST_GAP_MS = 100;
/** then one now and then: a computer's clock drifts, or is set, during two hours */
const EVERY_MS = 60_000;
/** requests never answered (a dropped socket) are forgotten past this many */
const MAX_PENDING = 20;

/**
 * Measures the server clock over a socket the client already has: `[8][requestId]` out,
 * `[8][requestId][float64 serverNow]` back, each round trip recorded in `clock`.
 */
export class TimeSync {
  private nextId = 1;
  private readonly pending = new Map<number, number>();
  private timers: ReturnType<typeof setTimeout>[] = [];
  private interval: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly clock: ServerClock,
  ) {
    provider.messageHandlers[TIME_MESSAGE] = (_encoder, decoder) => this.onAnswer(decoder);
    provider.on('status', this.onStatus);
    if (provider.wsconnected) this.start();
  }

  destroy(): void {
    this.stop();
    this.provider.off('status', this.onStatus);
  }

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') this.start();
    else this.stop();
  };

  private start(): void {
    this.stop();
    this.clock.startRound();
    for (let i = 0; i < BURST; i++) this.timers.push(setTimeout(this.ask, i * BURST_GAP_MS));
    this.interval = setInterval(this.ask, EVERY_MS);
  }

  private stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    clearInterval(this.interval);
    this.interval = undefined;
    this.pending.clear();
  }

  private readonly ask = (): void => {
    const ws = this.provider.ws;
    if (!this.provider.wsconnected || !ws || ws.readyState !== WebSocket.OPEN) return;
    const id = this.nextId++;
    this.pending.set(id, Date.now());
    if (this.pending.size > MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, TIME_MESSAGE);
    encoding.writeVarUint(encoder, id);
    ws.send(encoding.toUint8Array(encoder));
  };

  private onAnswer(decoder: decoding.Decoder): void {
    const receivedAt = Date.now();
    let id: number;
    let serverNow: number;
    try {
      id = decoding.readVarUint(decoder);
      serverNow = decoding.readFloat64(decoder);
    } catch (error) {
      // a garbled answer must not break the socket's message loop: the next request measures again
      console.warn('unreadable clock answer', error);
      return;
    }
    const sentAt = this.pending.get(id);
    if (sentAt === undefined) return;
    this.pending.delete(id);
    this.clock.record({ sentAt, serverNow, receivedAt });
  }
}
