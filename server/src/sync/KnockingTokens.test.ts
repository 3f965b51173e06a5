import { describe, expect, it } from 'vitest';
import { KnockingTokens } from './KnockingTokens.js';

describe('KnockingTokens', () => {
  it('remembers a token for a second, then forgets it', () => {
    let now = 0;
    const tokens = new KnockingTokens(() => now);
    tokens.add('a', 'p1');
    expect(tokens.whose('a')).toBe('p1');
    expect(tokens.whose('b')).toBe(null);
    now = 999;
    expect(tokens.whose('a')).toBe('p1');
    now = 1000;
    expect(tokens.whose('a')).toBe(null);
  });

  it('keeps at most 10,000 tokens, forgetting the oldest', () => {
    const tokens = new KnockingTokens(() => 0);
    for (let i = 0; i <= 10_000; i++) tokens.add(`t${i}`, 'p');
    expect(tokens.whose('t0')).toBe(null);
    expect(tokens.whose('t1')).toBe('p');
    expect(tokens.whose('t10000')).toBe('p');
  });
});
