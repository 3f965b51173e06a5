import { describe, expect, it } from 'vitest';
import { useEssaim } from '../fixtures/useEssaim.js';

/** Past y-websocket's 30 s without a message, a silent socket would be reopened (token check, full sync). */
const QUIET_MS = 65_000;

describe('a screen left open', () => {
  const essaim = useEssaim();

  it('keeps the same sockets for over a minute, even those that carry no presence (the workshop document)', async () => {
    const animation = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const opened: string[] = [];
    animation.page.on('websocket', (ws) => opened.push(new URL(ws.url()).pathname));
    await animation.createWorkshop('Atelier au calme');
    await animation.page.waitForTimeout(3000);
    const atStart = opened.length;
    expect(opened.some((path) => /^\/sync\/w\/[^/]+$/.test(path))).toBe(true);
    await animation.page.waitForTimeout(QUIET_MS);
    expect(opened.slice(atStart)).toEqual([]);
  }, 120_000);
});
