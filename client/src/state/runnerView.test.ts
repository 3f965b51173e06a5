import { describe, expect, it } from 'vitest';
import type { Person, RoomRun } from '@essaim/shared';
import { myPair, runView } from './runnerView';

const people: Person[] = [
  { id: 'a', name: 'Amina', role: 'participant', roomId: 'r1' },
  { id: 'b', name: 'Bruno', role: 'participant', roomId: 'r1' },
  { id: 'c', name: 'Chloé', role: 'participant', roomId: 'r1' },
  { id: 'd', name: 'David', role: 'participant', roomId: 'r1' },
  { id: 'e', name: 'Élise', role: 'participant', roomId: 'r1' },
  { id: 'x', name: 'Xavier', role: 'participant', roomId: 'r2' },
  { id: 'f', name: 'Fanny', role: 'facilitator', roomId: 'r1' },
];
const run: RoomRun = {
  roomId: 'r1',
  step: 'presenting',
  question: 'Q ?',
  durations: { ideas: 180, pairs: 720, turn: 180 },
  pairs: [
    { id: 'p1', members: ['a', 'b'], frameId: 'z1' },
    { id: 'p2', members: ['c', 'd'], frameId: 'z2' },
  ],
  turn: 1,
  startedAt: 1,
  startedBy: 'f',
  updatedAt: 2,
};

describe('runView', () => {
  it('names the pairs, who presents, who presented and who is in no pair yet', () => {
    const view = runView(run, people);
    expect(view.stepNumber).toBe(3);
    expect(view.pairs.map((p) => [p.number, p.names, p.presenting, p.presented])).toEqual([
      [1, ['Amina', 'Bruno'], false, true],
      [2, ['Chloé', 'David'], true, false],
    ]);
    expect(view.presenting?.number).toBe(2);
    expect(view.lastTurn).toBe(true);
    expect(view.unpaired.map((p) => p.name)).toEqual(['Élise']);
    expect(myPair(view, 'c')?.number).toBe(2);
    expect(myPair(view, 'e')).toBeNull();
  });

  it('shows nobody as late before the pairs are formed', () => {
    expect(runView({ ...run, step: 'ideas', pairs: [], turn: 0 }, people).unpaired).toEqual([]);
  });
});
