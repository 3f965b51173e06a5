import { readNotes } from '@essaim/shared';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BENCH_DEFAULT_NOTES, BENCH_MAX_NOTES, benchNoteCount } from './createLocalBoard';
import { seedNotes } from './seedNotes';

describe('bench board', () => {
  it('reads the note count from the query, bounded', () => {
    expect(benchNoteCount('?notes=5000')).toBe(5000);
    expect(benchNoteCount('?notes=0')).toBe(0);
    expect(benchNoteCount('')).toBe(BENCH_DEFAULT_NOTES);
    expect(benchNoteCount('?notes=-3')).toBe(BENCH_DEFAULT_NOTES);
    expect(benchNoteCount('?notes=abc')).toBe(BENCH_DEFAULT_NOTES);
    expect(benchNoteCount('?notes=1e9')).toBe(BENCH_MAX_NOTES);
  });

  it('seeds the same board every time, with notes that do not overlap', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    seedNotes(a, 300, 'me');
    seedNotes(b, 300, 'me');
    const notes = readNotes(a);
    expect(notes).toHaveLength(300);
    expect(readNotes(b)).toEqual(notes);
    const [first, second] = [notes.find((n) => n.id === 'banc-0')!, notes.find((n) => n.id === 'banc-1')!];
    expect(second.x - (first.x + first.width)).toBeGreaterThan(0);
  });
});
