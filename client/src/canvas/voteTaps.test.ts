import { describe, expect, it } from 'vitest';
import { voteTapOutcome, type NoteClick } from './voteTaps';

const at = (id: string, x: number, time: number): NoteClick => ({ id, click: { at: { x, y: 100 }, time } });
const WINDOW = 400;

describe('voteTapOutcome', () => {
  it('puts a dot for a click where the note was pressed', () => {
    expect(voteTapOutcome(at('a', 100, 0), at('a', 102, 80), null, WINDOW)).toBe('dot');
  });

  it('puts none when the board was panned from the note (the pointer moved since its press)', () => {
    expect(voteTapOutcome(at('a', 100, 0), at('a', 180, 300), null, WINDOW)).toBe('moved');
    expect(voteTapOutcome(null, at('a', 100, 300), null, WINDOW)).toBe('moved');
    expect(voteTapOutcome(at('b', 100, 0), at('a', 100, 50), null, WINDOW)).toBe('moved');
  });

  it('ignores the second click of a double-click on the note that just got a dot, not a later click', () => {
    const first = at('a', 100, 0);
    expect(voteTapOutcome(at('a', 101, 150), at('a', 101, 200), first, WINDOW)).toBe('double');
    expect(voteTapOutcome(at('a', 101, 650), at('a', 101, 700), first, WINDOW)).toBe('dot');
    // quick clicks on two notes are two dots
    expect(voteTapOutcome(at('b', 300, 150), at('b', 300, 200), first, WINDOW)).toBe('dot');
  });
});
