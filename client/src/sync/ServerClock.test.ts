import { describe, expect, it } from 'vitest';
import { ServerClock } from './ServerClock';

/** A round trip leaving at `sentAt` (this browser's clock), taking `rtt`, to a server `ahead` ms ahead answering halfway. */
const trip = (sentAt: number, rtt: number, ahead: number, serverDelay = rtt / 2) => ({
  sentAt,
  serverNow: sentAt + serverDelay + ahead,
  receivedAt: sentAt + rtt,
});

describe('ServerClock', () => {
  it('reads this browser’s time until the server has answered', () => {
    let local = 1_000_000;
    const clock = new ServerClock(() => local);
    expect(clock.now()).toBe(1_000_000);
    local += 500;
    expect(clock.now()).toBe(1_000_500);
    expect(clock.getRoundTrip()).toBeNull();
  });

  it('corrects a computer two minutes behind the server, trusting the fastest round trips', () => {
    let local = 1_000_000;
    const clock = new ServerClock(() => local);
    let notified = 0;
    clock.subscribe(() => notified++);
    clock.startRound();
    // the server is 2 min ahead; one slow round trip answered late (as if queued) would pull a mean 400 ms off
    clock.record(trip(local, 20, 120_000));
    clock.record(trip(local + 100, 24, 120_000));
    clock.record(trip(local + 200, 1_600, 120_000, 1_500));
    clock.record(trip(local + 300, 18, 120_000));
    clock.record(trip(local + 400, 22, 120_000));
    expect(Math.abs(clock.getOffset() - 120_000)).toBeLessThanOrEqual(2);
    local = 2_000_000;
    expect(Math.abs(clock.now() - 2_120_000)).toBeLessThanOrEqual(2);
    expect(clock.getRoundTrip()).toBeLessThan(100);
    expect(notified).toBeGreaterThan(0);
  });

  it('keeps the offset over a reconnection, then follows the new measurements', () => {
    const clock = new ServerClock(() => 0);
    clock.record(trip(10_000, 20, -5_000));
    expect(clock.getOffset()).toBe(-5_000);
    clock.startRound();
    expect(clock.getOffset()).toBe(-5_000);
    // the computer's clock was set meanwhile: the new connection's answers alone count
    clock.record(trip(20_000, 20, 3_000));
    expect(clock.getOffset()).toBe(3_000);
  });

  it('ignores an answer received before it was sent (the local clock went back) and an unreadable time', () => {
    const clock = new ServerClock(() => 0);
    clock.record(trip(10_000, 20, 7_000));
    clock.record({ sentAt: 10_000, serverNow: 99_999_999, receivedAt: 9_000 });
    clock.record({ sentAt: 10_000, serverNow: Number.NaN, receivedAt: 10_020 });
    expect(clock.getOffset()).toBe(7_000);
  });

  it('tells its subscribers only when the offset changes', () => {
    const clock = new ServerClock(() => 0);
    let notified = 0;
    clock.subscribe(() => notified++);
    clock.record(trip(10_000, 20, 1_000));
    clock.record(trip(10_100, 20, 1_000));
    expect(notified).toBe(1);
  });
});
