import { describe, expect, it } from 'vitest';
import { estimateClockOffset, type ClockSample } from './estimateClockOffset.js';

/** A round trip: the request takes `up` ms to reach the server, the answer `down` ms back; the client's clock is `skew` ms ahead. */
function trip(serverAt: number, up: number, down: number, skew: number): ClockSample {
  return { sentAt: serverAt - up + skew, serverNow: serverAt, receivedAt: serverAt + down + skew };
}

describe('estimateClockOffset', () => {
  it('has nothing to say without a sample', () => {
    expect(estimateClockOffset([])).toBeNull();
    expect(estimateClockOffset([{ sentAt: 10, serverNow: 5, receivedAt: 9 }])).toBeNull();
  });

  it('recovers a client clock two minutes behind within a few milliseconds, from noisy trips', () => {
    const skew = -120_000;
    const server = 1_700_000_000_000;
    const samples = [
      trip(server, 22, 18, skew),
      trip(server + 100, 35, 9, skew),
      trip(server + 200, 14, 16, skew),
      trip(server + 300, 60, 12, skew),
      trip(server + 400, 19, 25, skew),
    ];
    const estimate = estimateClockOffset(samples)!;
    expect(Math.abs(estimate.offsetMs - 120_000)).toBeLessThanOrEqual(5);
    expect(estimate.rttMs).toBeLessThan(45);
  });

  it('ignores one trip held up for seconds on its way out', () => {
    const server = 1_700_000_000_000;
    const skew = 7_000;
    const honest = [trip(server, 20, 20, skew), trip(server + 100, 18, 24, skew), trip(server + 200, 21, 19, skew), trip(server + 300, 25, 17, skew)];
    const stuck = trip(server + 400, 4_000, 20, skew);
    const estimate = estimateClockOffset([...honest, stuck])!;
    // taken alone, the stuck trip is nearly two seconds off
    expect(Math.abs(estimateClockOffset([stuck])!.offsetMs + skew)).toBeGreaterThan(1_900);
    expect(Math.abs(estimate.offsetMs + skew)).toBeLessThanOrEqual(5);
  });

  it('with a single sample, takes it as it is', () => {
    expect(estimateClockOffset([{ sentAt: 100, serverNow: 1_000, receivedAt: 140 }])).toEqual({ offsetMs: 880, rttMs: 40 });
  });
});
