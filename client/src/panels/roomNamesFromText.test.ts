import { describe, expect, it } from 'vitest';
import { clampRoomCount, roomNamesFromText } from './roomNamesFromText';

describe('roomNamesFromText', () => {
  it('reads one name per line, skipping blank lines and extra spaces', () => {
    expect(roomNamesFromText('Aude\n\n  Gard  \r\nHérault   Ouest\n', 6)).toEqual(['Aude', 'Gard', 'Hérault Ouest']);
  });

  it('keeps no more names than rooms', () => {
    expect(roomNamesFromText('Aude\nGard\nLozère', 2)).toEqual(['Aude', 'Gard']);
    expect(roomNamesFromText('Aude', 0)).toEqual([]);
  });

  it('cuts a name to 60 characters', () => {
    expect(roomNamesFromText('x'.repeat(80), 1)[0]).toHaveLength(60);
  });
});

describe('clampRoomCount', () => {
  it('keeps the count between 0 and 24, as a whole number', () => {
    expect(clampRoomCount(6)).toBe(6);
    expect(clampRoomCount(-3)).toBe(0);
    expect(clampRoomCount(30)).toBe(24);
    expect(clampRoomCount(2.6)).toBe(3);
    expect(clampRoomCount(Number.NaN)).toBe(0);
  });
});
