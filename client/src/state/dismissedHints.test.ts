import { describe, expect, it } from 'vitest';
import { dismissHint, isHintDismissed } from './dismissedHints';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('dismissed hints', () => {
  it('remembers each hint closed on this device, and only that one', () => {
    const storage = memoryStorage();
    expect(isHintDismissed('plan', storage)).toBe(false);
    dismissHint('plan', storage);
    expect(isHintDismissed('plan', storage)).toBe(true);
    expect(isHintDismissed('other', storage)).toBe(false);
  });

  it('shows the hint again when the device keeps nothing', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => dismissHint('plan', refusing)).not.toThrow();
    expect(isHintDismissed('plan', refusing)).toBe(false);
    expect(isHintDismissed('plan', null)).toBe(false);
  });
});
