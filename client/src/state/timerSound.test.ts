import { describe, expect, it } from 'vitest';
import { readTimerSound, writeTimerSound } from './timerSound';

const memory = () => {
  const values = new Map<string, string>();
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
};

describe('timer sound setting', () => {
  it('is muted on a device where nobody chose, and remembers the choice on this device', () => {
    const storage = memory();
    expect(readTimerSound(storage)).toBe(false);
    writeTimerSound(true, storage);
    expect(readTimerSound(storage)).toBe(true);
    writeTimerSound(false, storage);
    expect(readTimerSound(storage)).toBe(false);
    expect(readTimerSound(memory())).toBe(false);
  });

  it('stays muted where the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readTimerSound(refusing)).toBe(false);
    expect(() => writeTimerSound(true, refusing)).not.toThrow();
    expect(readTimerSound(null)).toBe(false);
  });
});
