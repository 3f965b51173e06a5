import { describe, expect, it } from 'vitest';
import { addressKey } from '../src/http/addressKey.js';
import { WindowCounter } from '../src/http/WindowCounter.js';

describe('addressKey', () => {
  it('counts IPv4 addresses one by one and IPv6 ones by their /64', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('2001:0db8:0001:0002::')).toBe('2001:db8:1:2::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('WindowCounter', () => {
  it('counts per key in windows that end windowMs after their first event, and forgets ended ones', () => {
    const c = new WindowCounter(60_000);
    c.add('a', 1_000);
    c.add('a', 30_000);
    c.add('b', 30_000);
    expect(c.current('a', 59_000)).toEqual({ count: 2, resetAt: 61_000 });
    c.remove('a', 59_000);
    expect(c.current('a', 59_000).count).toBe(1);
    expect(c.current('a', 61_000)).toEqual({ count: 0, resetAt: 121_000 });
    c.remove('b', 90_000);
    c.add('b', 91_000);
    expect(c.current('b', 91_000)).toEqual({ count: 1, resetAt: 151_000 });
  });
});
