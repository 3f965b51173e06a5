import { rectsIntersect, type Note } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { planLeftoverNotes } from './leftoverDrafts';

const draft = (id: string, text: string, height = 160): Note => ({ id, text, color: 'pink', x: 0, y: 0, width: 160, height, authorId: 'l', createdAt: 1 });

describe('planLeftoverNotes', () => {
  it('gives each draft a new id and a free spot near the centre, covering nothing and no other', () => {
    const occupied = [{ x: -80, y: -80, width: 160, height: 160 }];
    let n = 0;
    const notes = planLeftoverNotes([draft('d1', 'Un'), draft('d2', 'Deux', 240)], { x: 0, y: 0 }, occupied, {
      authorId: 'l',
      now: 5,
      newId: () => `new${++n}`,
    });
    expect(notes.map((x) => [x.id, x.text, x.color, x.height, x.authorId, x.createdAt])).toEqual([
      ['new1', 'Un', 'pink', 160, 'l', 5],
      ['new2', 'Deux', 'pink', 240, 'l', 5],
    ]);
    for (const note of notes) expect(rectsIntersect(note, occupied[0]!)).toBe(false);
    expect(rectsIntersect(notes[0]!, notes[1]!)).toBe(false);
  });
});
