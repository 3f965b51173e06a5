import { estimateClockOffset, type ClockSample } from '@essaim/shared';
import { Listeners } from '../state/Listeners';

/** How many of the latest round trips the estimate looks at: one connect's burst. */
const KEPT_SAMPLES = 5;

/**
 * The server's clock as this browser sees it: `now()` is `Date.now()` corrected by the offset
 * measured over the sync socket (`TimeSync`). Every timer display reads it, so a computer whose
 * clock is minutes off still shows the room's remaining time. Before any answer, the offset is 0.
 */
export class ServerClock {
  private offsetMs = 0;
  private rttMs: number | null = null;
  private samples: ClockSample[] = [];
  private readonly listeners = new Listeners();

  constructor(private readonly localNow: () => number = () => Date.now()) {}

  readonly now = (): number => this.localNow() + this.offsetMs;

  /** server time minus this browser's time, in ms */
  readonly getOffset = (): number => this.offsetMs;

  /** the round trip of the estimate, null before the first answer */
  readonly getRoundTrip = (): number | null => this.rttMs;

  readonly subscribe = this.listeners.subscribe;

  /** A new connection: its answers replace the old ones (the network, or this computer's clock, may have changed), the offset stays until they come. */
  startRound(): void {
    this.samples = [];
  }

  record(sample: ClockSample): void {
    // an answer from before a clock change, or a garbled one, says nothing about the offset
    if (!Number.isFinite(sample.serverNow) || sample.receivedAt < sample.sentAt) return;
    this.samples = [...this.samples, sample].slice(-KEPT_SAMPLES);
    const estimate = estimateClockOffset(this.samples);
    if (!estimate) return;
    this.rttMs = estimate.rttMs;
    const offset = Math.round(estimate.offsetMs);
    if (offset === this.offsetMs) return;
    this.offsetMs = offset;
    this.listeners.notify();
  }

  destroy(): void {
    this.listeners.clear();
  }
}
