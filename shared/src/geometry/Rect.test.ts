import { describe, expect, it } from 'vitest';
import { topmostAt } from './Rect.js';

const card = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 80 });

describe('topmostAt', () => {
  const cards = [card('under', 0, 0), card('over', 50, 40), card('apart', 300, 0)];

  it('picks the card drawn last where two overlap', () => {
    expect(topmostAt(cards, { x: 60, y: 50 })?.id).toBe('over');
  });

  it('picks the one below where only it is under the point, edges included', () => {
    expect(topmostAt(cards, { x: 10, y: 10 })?.id).toBe('under');
    expect(topmostAt(cards, { x: 100, y: 0 })?.id).toBe('under');
    expect(topmostAt(cards, { x: 400, y: 80 })?.id).toBe('apart');
  });

  it('finds nothing on empty board', () => {
    expect(topmostAt(cards, { x: 200, y: 10 })).toBeUndefined();
    expect(topmostAt([], { x: 0, y: 0 })).toBeUndefined();
  });
});
