import { describe, expect, it } from 'vitest';
import { migrateEntry } from './EntryType.js';
import { linkType, parseLink } from './Link.js';

const valid = { id: 'l1', from: 'n1', to: 'n2', kind: 'cause' };

describe('links', () => {
  it('accepts the contract shape, with or without a label', () => {
    expect(linkType.validate('l1', valid)).toEqual(valid);
    expect(linkType.validate('l1', { ...valid, label: 'aggrave' })).toEqual({ ...valid, label: 'aggrave' });
  });

  it.each([
    ['a link from a note to itself', { ...valid, to: 'n1' }],
    ['an end that is not an id', { ...valid, from: '__proto__' }],
    ['no end', { ...valid, to: undefined }],
  ])('reads nothing from %s', (_label, value) => {
    expect(parseLink(value)).toBeNull();
  });

  it.each([
    ['an unknown kind', { ...valid, kind: 'because' }],
    ['a label too long', { ...valid, label: 'x'.repeat(61) }],
    ['a label that is not text', { ...valid, label: 3 }],
    ['an extra field', { ...valid, weight: 2 }],
  ])('reads %s, but refuses it as written', (_label, value) => {
    expect(parseLink(value)).not.toBeNull();
    expect(linkType.validate('l1', value)).toBeNull();
  });

  it('gives a version-1 link without a kind the plain kind', () => {
    expect(migrateEntry(linkType, { from: 'a', to: 'b' }, 'l2', 1)).toEqual({ id: 'l2', from: 'a', to: 'b', kind: 'plain' });
  });
});
