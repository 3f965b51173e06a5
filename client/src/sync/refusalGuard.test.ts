import { describe, expect, it } from 'vitest';
import { allowReset, MAX_RESETS, recordReset, RESET_WINDOW_MS } from './refusalGuard';

describe('allowReset', () => {
  it('allows a few resets, then refuses instead of looping', () => {
    let history: number[] = [];
    for (let i = 0; i < MAX_RESETS; i++) {
      const result = allowReset(history, 1000 + i);
      expect(result.allowed).toBe(true);
      history = result.history;
    }
    expect(allowReset(history, 2000).allowed).toBe(false);
  });

  it('forgets resets older than the window', () => {
    const history = Array.from({ length: MAX_RESETS }, (_, i) => i);
    expect(allowReset(history, RESET_WINDOW_MS - 1).allowed).toBe(false);
    const later = allowReset(history, MAX_RESETS + RESET_WINDOW_MS);
    expect(later.allowed).toBe(true);
    expect(later.history).toHaveLength(1);
  });
});

describe('recordReset', () => {
  it('counts each board separately', () => {
    for (let i = 0; i < MAX_RESETS; i++) expect(recordReset('w/a/r/1', 10)).toBe(true);
    expect(recordReset('w/a/r/1', 11)).toBe(false);
    expect(recordReset('w/a/r/2', 11)).toBe(true);
  });
});
