import { describe, expect, it } from 'vitest';
import { runCrashTrials } from '../soak/crashTest.js';

describe('crash recovery (built server, kill -9)', () => {
  it('keeps every note a client had received from the server, and a sound database', async () => {
    const figures = await runCrashTrials({ trials: 5, clients: 20, writeMs: [300, 1500] });

    // The clients only made changes the server accepts, and something was at stake in every trial.
    expect(figures.refusals).toEqual([]);
    expect(figures.trials).toBe(5);
    expect(figures.notesChecked).toBeGreaterThan(5 * 20);
    expect(figures.lost).toEqual([]);
    expect(figures.strangePositions).toBe(0);
    expect(figures.integrityErrors).toEqual([]);
  }, 60_000);
});
