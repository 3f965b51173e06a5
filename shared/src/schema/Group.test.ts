import { describe, expect, it } from 'vitest';
import { migrateEntry } from './EntryType.js';
import { groupType, parseGroup } from './Group.js';

describe('groups', () => {
  it('accepts the contract shape, collapsed or not', () => {
    expect(groupType.validate('g1', { id: 'g1', title: 'Transports' })).toEqual({ id: 'g1', title: 'Transports' });
    expect(groupType.validate('g1', { id: 'g1', title: 'Transports', collapsed: true })).not.toBeNull();
  });

  it('refuses members kept in the entry: a note says which cluster it is in', () => {
    expect(groupType.validate('g1', { id: 'g1', title: 'Transports', members: ['n1'] })).toBeNull();
  });

  it('refuses what reading would repair, and reads nothing without an id', () => {
    expect(groupType.validate('g1', { id: 'g1' })).toBeNull();
    expect(parseGroup({ id: 'g1' })).toEqual({ id: 'g1', title: '' });
    expect(parseGroup({ title: 'x' })).toBeNull();
  });

  it('gives a version-1 group its key as id and an empty title', () => {
    expect(migrateEntry(groupType, { x: 3 }, 'g2', 1)).toEqual({ id: 'g2', title: '' });
  });
});
