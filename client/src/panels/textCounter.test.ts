import { describe, expect, it } from 'vitest';
import { counterState } from './textCounter';

describe('counterState', () => {
  it('stays hidden and silent far from the limit', () => {
    expect(counterState(120, 500)).toEqual({ shown: false, full: false, announcedLeft: null });
  });

  it('shows near the limit and tells a screen reader only at milestones', () => {
    expect(counterState(450, 500)).toEqual({ shown: true, full: false, announcedLeft: 50 });
    expect(counterState(479, 500).announcedLeft).toBe(50);
    expect(counterState(480, 500).announcedLeft).toBe(20);
    expect(counterState(495, 500).announcedLeft).toBe(10);
  });

  it('marks the limit', () => {
    expect(counterState(500, 500)).toEqual({ shown: true, full: true, announcedLeft: 0 });
    // an older note longer than the limit keeps its text: still at the limit
    expect(counterState(700, 500)).toEqual({ shown: true, full: true, announcedLeft: 0 });
  });
});
