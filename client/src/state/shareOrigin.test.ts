import { describe, expect, it } from 'vitest';
import { isLoopbackOrigin, shareOrigin } from './shareOrigin';

describe('share origin', () => {
  it('is the public address when the server has one, else the page’s own', () => {
    expect(shareOrigin('https://essaim.example.org', 'http://localhost:8080')).toBe('https://essaim.example.org');
    expect(shareOrigin(null, 'http://192.168.1.20:8080')).toBe('http://192.168.1.20:8080');
  });

  it('is called local when only this machine can open it', () => {
    for (const local of ['http://localhost:8080', 'http://app.localhost', 'http://127.0.0.1:8080', 'http://127.1.2.3', 'http://[::1]:8080']) {
      expect(isLoopbackOrigin(local), local).toBe(true);
    }
    for (const reachable of ['http://192.168.1.20:8080', 'https://essaim.example.org', 'http://[2001:db8::1]', 'http://localhost.example.org', 'not a url']) {
      expect(isLoopbackOrigin(reachable), reachable).toBe(false);
    }
  });
});
