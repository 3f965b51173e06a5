import { describe, expect, it } from 'vitest';
import { isBannerVisible, loadDismissed, saveDismissed } from './broadcastDismissal';

const message = (id: string, text = 'Retour en plénière dans 5 minutes') => ({ id, text, sentAt: 1 });

describe('broadcast banner', () => {
  it('shows a message until it is dismissed, and shows the next one again', () => {
    expect(isBannerVisible(message('m1'), null)).toBe(true);
    expect(isBannerVisible(message('m1'), 'm1')).toBe(false);
    expect(isBannerVisible(message('m2'), 'm1')).toBe(true);
  });

  it('shows nothing without a message or for a blank one', () => {
    expect(isBannerVisible(null, null)).toBe(false);
    expect(isBannerVisible(message('m3', '   '), null)).toBe(false);
  });

  it('remembers the dismissed message per workshop', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    saveDismissed('w1', 'm1', storage);
    expect(loadDismissed('w1', storage)).toBe('m1');
    expect(loadDismissed('w2', storage)).toBeNull();
  });
});
