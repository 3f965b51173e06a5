import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWriteThrottle } from './writeThrottle';

/** Types `text` one character every `every` ms, starting now; returns the writes with their times. */
function typeSteadily(text: string, every: number) {
  const writes: { at: number; value: string }[] = [];
  const start = Date.now();
  const throttle = createWriteThrottle<string>((value) => writes.push({ at: Date.now() - start, value }), 250);
  for (let i = 1; i <= text.length; i++) {
    throttle.push(text.slice(0, i));
    vi.advanceTimersByTime(every);
  }
  return { writes, throttle };
}

describe('createWriteThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes while someone types steadily, not only once they stop: 50 keys at 60 ms', () => {
    const text = 'Une cantine partagée entre l’école et l’EHPAD du ';
    const { writes } = typeSteadily(text.padEnd(50, '.'), 60);
    // 3 s of typing: a debounce would have written nothing yet
    expect(writes.length).toBeGreaterThanOrEqual(11);
    expect(writes.length).toBeLessThanOrEqual(14);
    expect(writes[0]).toEqual({ at: 0, value: 'U' });
    const gaps = writes.slice(1).map((w, i) => w.at - writes[i]!.at);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(250);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(300);
  });

  it('writes the last value once the typing pauses, at most one interval later', () => {
    const { writes } = typeSteadily('abcdefgh', 60);
    vi.advanceTimersByTime(250);
    expect(writes.at(-1)?.value).toBe('abcdefgh');
    const count = writes.length;
    vi.advanceTimersByTime(5000);
    expect(writes).toHaveLength(count);
  });

  it('flush writes what waits at once, and nothing when nothing waits', () => {
    const { writes, throttle } = typeSteadily('abc', 60);
    expect(throttle.pending()).toBe(true);
    throttle.flush();
    expect(writes.at(-1)?.value).toBe('abc');
    expect(throttle.pending()).toBe(false);
    const count = writes.length;
    throttle.flush();
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(count);
  });

  it('cancel forgets the pending value', () => {
    const { writes, throttle } = typeSteadily('abc', 60);
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(writes.map((w) => w.value)).not.toContain('abc');
  });

  it('writes the first key after a pause at once', () => {
    const { writes, throttle } = typeSteadily('ab', 60);
    vi.advanceTimersByTime(2000);
    const count = writes.length;
    throttle.push('abc');
    expect(writes).toHaveLength(count + 1);
    expect(writes.at(-1)?.value).toBe('abc');
  });
});
