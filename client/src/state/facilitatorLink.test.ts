import { describe, expect, it } from 'vitest';
import { matchRoute } from '../router/matchRoute';
import { facilitatorLink, tokenFromHash } from './facilitatorLink';

describe('facilitator link', () => {
  it('opens the board and gives back the exact token', () => {
    const token = 'eyJhbGciOi.a+b/c=_-';
    const url = new URL(facilitatorLink('https://essaim.example', 'W1_ab-c', token));
    expect(matchRoute(url.pathname)).toEqual({ page: 'board', workshopId: 'W1_ab-c' });
    expect(tokenFromHash(url.hash)).toBe(token);
  });

  it('finds nothing in an empty or unrelated fragment', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#jeton=')).toBeNull();
    expect(tokenFromHash('#token=abc')).toBeNull();
    expect(tokenFromHash('#autre=1&jeton=xyz')).toBe('xyz');
  });
});
