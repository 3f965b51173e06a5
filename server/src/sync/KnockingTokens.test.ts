import { describe, expect, it } from 'vitest';
import { KnockingTokens } from './KnockingTokens.js';

describe('KnockingTokens', () => {
  it('remembers a token for a second, then forgets it', () => {
    let now = 0;
    const tokens = new KnockingTokens(() => now);
    tokens.add('a');
    expect(tokens.has('a')).toBe(true);
    expect(tokens.has('b')).toBe(false);
    now = 999;
    expect(tokens.has('a')).toBe(true);
    now = 1000;
    expect(tokens.has('a')).toBe(false);
  });

  it('keeps at most 10,000 tokens, forgetting the oldest', () => {
    const tokens = new KnockingTokens(() => 0);
    for (let i = 0; i <= 10_000; i++) tokens.add(`t${i}`);
    expect(tokens.has('t0')).toBe(false);
    expect(tokens.has('t1')).toBe(true);
    expect(tokens.has('t10000')).toBe(true);
  });
});
