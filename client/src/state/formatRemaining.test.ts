import { describe, expect, it } from 'vitest';
import { formatRemaining } from './formatRemaining';

describe('formatRemaining', () => {
  it('reads minutes and seconds, rounding a started second up', () => {
    expect(formatRemaining(180_000)).toBe('03:00');
    expect(formatRemaining(178_001)).toBe('02:59');
    expect(formatRemaining(178_000)).toBe('02:58');
    expect(formatRemaining(9_500)).toBe('00:10');
    expect(formatRemaining(1)).toBe('00:01');
  });

  it('shows hours past sixty minutes', () => {
    expect(formatRemaining(59 * 60_000 + 59_000)).toBe('59:59');
    expect(formatRemaining(60 * 60_000)).toBe('1:00:00');
    expect(formatRemaining(2 * 3_600_000)).toBe('2:00:00');
    expect(formatRemaining(75 * 60_000 + 5_000)).toBe('1:15:05');
  });

  it('never shows a negative or unreadable time', () => {
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(-1)).toBe('00:00');
    expect(formatRemaining(-120_000)).toBe('00:00');
    expect(formatRemaining(Number.NaN)).toBe('00:00');
  });
});
