import { describe, expect, it } from 'vitest';
import { createStore } from './createStore';

describe('createStore', () => {
  it('notifies subscribers of a change, not of the same value again', () => {
    const store = createStore(1);
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.set(2);
    store.set((n) => n);
    store.set(2);
    expect(calls).toBe(1);
    stop();
    store.set(3);
    expect(calls).toBe(1);
    expect(store.get()).toBe(3);
  });
});
