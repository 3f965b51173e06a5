import { describe, expect, it } from 'vitest';
import { draftsMemoStore, parseDraftsMemo } from './draftsMemo';

describe('draftsMemo', () => {
  it('remembers the count and the question per drafts document, and forgets a memo that says nothing', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
    const memo = draftsMemoStore('w/W/r/R/p/P', storage);
    const other = draftsMemoStore('w/W/r/S/p/P', storage);
    expect(memo.read()).toBeNull();
    memo.write({ count: 2, question: 'Quoi\u202f?' });
    expect(memo.read()).toEqual({ count: 2, question: 'Quoi\u202f?' });
    expect(other.read()).toBeNull();
    memo.write({ count: 0, question: null });
    expect(map.size).toBe(0);
  });

  it('reads anything malformed as no memo or a safe one', () => {
    expect(parseDraftsMemo('{')).toBeNull();
    expect(parseDraftsMemo('null')).toBeNull();
    expect(parseDraftsMemo('{"count":-3,"question":5}')).toEqual({ count: 0, question: null });
  });
});
