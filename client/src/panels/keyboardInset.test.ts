import { describe, expect, it } from 'vitest';
import { keyboardInset } from './keyboardInset';

describe('keyboardInset', () => {
  it('is the height the keyboard covers at the bottom of the page', () => {
    expect(keyboardInset(640, { height: 380, offsetTop: 0, scale: 1 })).toBe(260);
  });

  it('accounts for a page the browser scrolled up to show the field', () => {
    expect(keyboardInset(640, { height: 380, offsetTop: 100, scale: 1 })).toBe(160);
  });

  it('is nothing without a keyboard, without visualViewport, or for a few pixels of browser chrome', () => {
    expect(keyboardInset(640, { height: 640, offsetTop: 0, scale: 1 })).toBe(0);
    expect(keyboardInset(640, null)).toBe(0);
    expect(keyboardInset(640, { height: 637.5, offsetTop: 0, scale: 1 })).toBe(0);
  });

  it('is nothing while the user has zoomed into the page, which shows less of it without any keyboard', () => {
    expect(keyboardInset(640, { height: 320, offsetTop: 150, scale: 2 })).toBe(0);
  });
});
