import { describe, expect, it } from 'vitest';
import { BOARD_POLICY_KEY, metaEntry, SCHEMA_VERSION_KEY, TEMPLATE_KEY } from './BoardMeta.js';
import { migrateEntry } from './EntryType.js';

describe('meta entries', () => {
  const policy = metaEntry(BOARD_POLICY_KEY)!;

  it('takes the rules in their full shape only', () => {
    expect(policy.validate({ locked: true, editAll: false, moveAll: true, lockedBy: 'Claire' })).not.toBeNull();
    expect(policy.validate({ locked: false })).toBeNull();
    expect(policy.validate({ locked: false, editAll: false, moveAll: true, lockedBy: 'Claire' })).toBeNull();
    expect(policy.validate({ locked: 'yes', editAll: false, moveAll: true })).toBeNull();
    expect(policy.validate({ locked: false, editAll: false, moveAll: true, admin: true })).toBeNull();
  });

  it('knows which keys only the server writes, and no others', () => {
    expect([metaEntry(SCHEMA_VERSION_KEY)?.writer, metaEntry(TEMPLATE_KEY)?.writer, policy.writer]).toEqual(['server', 'server', 'facilitator']);
    expect(metaEntry('theme')).toBeUndefined();
    expect(metaEntry('__proto__')).toBeUndefined();
  });

  it('migrates a version-1 partial policy to the full shape', () => {
    expect(migrateEntry(policy, { locked: true }, BOARD_POLICY_KEY, 1)).toEqual({ locked: true, editAll: false, moveAll: true });
  });
});
