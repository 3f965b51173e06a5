import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qrPath';

const LINK = 'https://essaim.example.org/rejoindre/K7M2QX';

/** Dark modules drawn by the path, read back from its rectangles. */
function drawn(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) cells.add(`${Number(x) + i},${y}`);
  }
  return cells;
}

describe('qrPath', () => {
  it('draws exactly the dark modules of the code', () => {
    const { modules } = create(LINK, { errorCorrectionLevel: 'M' });
    const { size, path } = qrPath(LINK);
    expect(size).toBe(modules.size);
    const expected = new Set<string>();
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (modules.get(y, x)) expected.add(`${x},${y}`);
    expect(drawn(path)).toEqual(expected);
  });

  it('starts with the top-left finder pattern: a full run of seven', () => {
    expect(qrPath(LINK).path.startsWith('M0 0h7v1h-7z')).toBe(true);
  });

  it('changes with the link', () => {
    expect(qrPath(LINK).path).not.toBe(qrPath(LINK.replace('K7M2QX', 'ABC234')).path);
  });
});
