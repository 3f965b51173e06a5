import { describe, expect, it } from 'vitest';
import { addMember, formPairs, pairZoneTitle, swapMembers } from './pairs.js';

const members = (pairs: { members: string[] }[]) => pairs.map((p) => p.members);

describe('3-12-3 pairs', () => {
  it('forms pairs two by two, a trio when the count is odd, one person alone as a pair of one', () => {
    expect(members(formPairs(['a', 'b', 'c', 'd']))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(members(formPairs(['a', 'b', 'c', 'd', 'e']))).toEqual([['a', 'b'], ['c', 'd', 'e']]);
    expect(members(formPairs(['a', 'b', 'c']))).toEqual([['a', 'b', 'c']]);
    expect(members(formPairs(['a']))).toEqual([['a']]);
    expect(formPairs([])).toEqual([]);
    expect(formPairs(['a', 'b', 'c', 'd']).map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('swaps two people of different pairs, and refuses a swap within a pair or with a stranger', () => {
    const pairs = formPairs(['a', 'b', 'c', 'd']);
    expect(members(swapMembers(pairs, 'a', 'd')!)).toEqual([['d', 'b'], ['c', 'a']]);
    expect(swapMembers(pairs, 'a', 'b')).toBeNull();
    expect(swapMembers(pairs, 'a', 'z')).toBeNull();
  });

  it('adds a late arrival to the smallest pair, to the pair asked, or alone once every pair is a trio', () => {
    const pairs = formPairs(['a', 'b', 'c', 'd', 'e']);
    expect(members(addMember(pairs, 'f')!)).toEqual([['a', 'b', 'f'], ['c', 'd', 'e']]);
    expect(addMember(pairs, 'f', 'p2')).toBeNull();
    expect(addMember(pairs, 'a')).toBeNull();
    const full = addMember(pairs, 'f')!;
    const alone = addMember(full, 'g')!;
    expect(alone.at(-1)).toEqual({ id: 'p3', members: ['g'], frameId: null });
  });

  it('titles a pair’s zone with its people, in French typography', () => {
    expect(pairZoneTitle(0, ['Alice', 'Bob'])).toBe('Binôme 1\u202f: Alice et Bob');
    expect(pairZoneTitle(2, ['Alice', 'Bob', 'Chloé'])).toBe('Trio 3\u202f: Alice, Bob et Chloé');
  });
});
