import { describe, expect, it } from 'vitest';
import { ConnectionPresence } from './ConnectionPresence.js';

const budget = { framesPerSecond: 10, framesBurst: 20, bytesPerSecond: 1000, bytesBurst: 4000 };

function clocked(): { presence: ConnectionPresence; advance(ms: number): void } {
  let now = 0;
  return { presence: new ConnectionPresence(budget, () => now), advance: (ms) => void (now += ms) };
}

describe('ConnectionPresence', () => {
  it('admits frames up to the burst, then as many as refill', () => {
    const { presence, advance } = clocked();
    const admitted = Array.from({ length: 25 }, () => presence.admits(1)).filter(Boolean).length;
    expect(admitted).toBe(20);
    advance(500);
    expect(Array.from({ length: 10 }, () => presence.admits(1)).filter(Boolean)).toHaveLength(5);
  });

  it('counts bytes: a few big frames empty the budget that many small ones would not', () => {
    const { presence, advance } = clocked();
    expect([presence.admits(1500), presence.admits(1500), presence.admits(1500)]).toEqual([true, true, false]);
    advance(1000);
    expect(presence.admits(1500)).toBe(true);
  });

  it('lets a connection relay a few unannounced tabs, remembered for 30 s', () => {
    const { presence, advance } = clocked();
    for (let id = 1; id <= 8; id++) expect(presence.relays(id)).toBe(true);
    // the same id again costs nothing more
    expect(presence.relays(8)).toBe(true);
    expect(presence.relays(9)).toBe(false);
    advance(30_001);
    expect(presence.relays(10)).toBe(true);
  });
});
