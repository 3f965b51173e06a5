import { describe, expect, it } from 'vitest';
import { timerMinutesToSeconds } from './timerMinutes';

describe('timerMinutesToSeconds', () => {
  it('reads whole and decimal minutes, with a French comma or a point', () => {
    expect(timerMinutesToSeconds('7')).toBe(420);
    expect(timerMinutesToSeconds(' 12 ')).toBe(720);
    expect(timerMinutesToSeconds('1,5')).toBe(90);
    expect(timerMinutesToSeconds('0.05')).toBe(3);
    expect(timerMinutesToSeconds(',5')).toBe(30);
    expect(timerMinutesToSeconds('120')).toBe(7200);
  });

  it('refuses what is not a duration from one second to two hours', () => {
    for (const text of ['', ' ', 'abc', '-3', '3 min', '1,5,2', '0', '0,001', '120,1', '1e2', 'Infinity']) {
      expect(timerMinutesToSeconds(text), text).toBeNull();
    }
  });
});
