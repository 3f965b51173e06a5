import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_COUNT_DELAY_MS, DraftCounter } from './DraftCounter.js';

const REF = { workshopId: 'w1', roomId: 'r1', participantId: 'p1' };
const NAME = 'w/w1/r/r1/p/p1';

/** A counter whose writes are recorded as they happen. */
function recording(): { counter: DraftCounter; written: number[] } {
  const written: number[] = [];
  const counter = new DraftCounter(
    async (_ref, count) => {
      written.push(count());
    },
    (err) => {
      throw err;
    },
  );
  return { counter, written };
}

describe('DraftCounter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a burst of changes once, with the last count', async () => {
    const { counter, written } = recording();
    for (const n of [1, 2, 3, 2, 5]) counter.changed(NAME, REF, n);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(DRAFT_COUNT_DELAY_MS);
    expect(written).toEqual([5]);
    // a later change is a new burst
    counter.changed(NAME, REF, 6);
    await vi.advanceTimersByTimeAsync(DRAFT_COUNT_DELAY_MS);
    expect(written).toEqual([5, 6]);
  });

  it('never loses the last count of a change made while a write is on its way', async () => {
    const written: number[] = [];
    let release: () => void = () => {};
    const counter = new DraftCounter(
      (_ref, count) =>
        new Promise<void>((resolve) => {
          release = () => {
            written.push(count());
            resolve();
          };
        }),
      (err) => {
        throw err;
      },
    );
    counter.changed(NAME, REF, 1);
    await vi.advanceTimersByTimeAsync(DRAFT_COUNT_DELAY_MS);
    counter.changed(NAME, REF, 2);
    release();
    await vi.advanceTimersByTimeAsync(DRAFT_COUNT_DELAY_MS);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(written.at(-1)).toBe(2);
  });

  it('writes nothing for a document whose count was settled another way, and everything waiting on flushAll', async () => {
    const { counter, written } = recording();
    counter.changed(NAME, REF, 4);
    counter.settled(NAME);
    await vi.advanceTimersByTimeAsync(DRAFT_COUNT_DELAY_MS * 2);
    expect(written).toEqual([]);
    counter.changed(NAME, REF, 7);
    counter.changed('w/w1/r/r1/p/p2', { ...REF, participantId: 'p2' }, 3);
    await counter.flushAll();
    expect(written.sort()).toEqual([3, 7]);
  });
});
