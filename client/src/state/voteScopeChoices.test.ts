import { describe, expect, it } from 'vitest';
import type { Frame, Group } from '@essaim/shared';
import { EMPTY_SELECTION, selectEntry, selectMany } from './selection';
import { testNote } from './testBoard';
import { defaultScope, dotsCoverScope, voteScopeChoices, voteStartRequest } from './voteScopeChoices';

const zone: Frame = { id: 'z', title: 'Besoins', x: 0, y: 0, width: 800, height: 600, color: 'grey' };
const cluster: Group = { id: 'g', title: 'Mobilité' } as Group;
const notes = [testNote({ id: 'a', groupId: 'g' }), testNote({ id: 'b', groupId: 'g' }), testNote({ id: 'c', x: 900 })];
const settings = { dotsPerPerson: 3, maxPerNote: 1, anonymous: true, resultsVisible: 'after' as const, durationSeconds: null };

describe('voteScopeChoices', () => {
  it('offers the whole board alone when nothing is selected', () => {
    expect(voteScopeChoices(EMPTY_SELECTION, notes, [zone], [cluster])).toEqual([{ kind: 'board', count: 3 }]);
  });

  it('offers the selected zone, and starts with it', () => {
    const choices = voteScopeChoices(selectEntry(EMPTY_SELECTION, 'frames', 'z'), notes, [zone], [cluster]);
    expect(choices.map((c) => c.kind)).toEqual(['board', 'frame']);
    // the zone holds the notes whose centre lies in it: not `c`, beside it
    expect(defaultScope(choices)).toEqual({ kind: 'frame', frameId: 'z', title: 'Besoins', count: 2 });
  });

  it('offers the cluster when its notes are exactly the selection, then the notes themselves', () => {
    const choices = voteScopeChoices(selectMany(EMPTY_SELECTION, ['a', 'b']), notes, [zone], [cluster]);
    expect(choices).toEqual([{ kind: 'board', count: 3 }, { kind: 'group', groupId: 'g', title: 'Mobilité', count: 2 }, { kind: 'notes', noteIds: ['a', 'b'] }]);
    expect(defaultScope(choices).kind).toBe('group');
  });

  it('offers only the notes when the selection is part of a cluster or crosses one', () => {
    expect(voteScopeChoices(selectMany(EMPTY_SELECTION, ['a']), notes, [zone], [cluster]).map((c) => c.kind)).toEqual(['board', 'notes']);
    expect(voteScopeChoices(selectMany(EMPTY_SELECTION, ['a', 'b', 'c']), notes, [zone], [cluster]).map((c) => c.kind)).toEqual(['board', 'notes']);
  });
});

describe('voteStartRequest', () => {
  it('names the rooms for the board or a zone (each room’s zone of that title), not for notes', () => {
    expect(voteStartRequest({ kind: 'frame', frameId: 'z', title: 'Besoins', count: 4 }, ['r1', 'r2'], settings)).toEqual({ ...settings, durationSeconds: undefined, frameId: 'z', roomIds: ['r1', 'r2'] });
    const notesVote = voteStartRequest({ kind: 'notes', noteIds: ['a'] }, ['r1', 'r2'], { ...settings, durationSeconds: 180 });
    expect(notesVote).toEqual({ dotsPerPerson: 3, maxPerNote: 1, anonymous: true, resultsVisible: 'after', durationSeconds: 180, noteIds: ['a'] });
    expect('durationSeconds' in voteStartRequest({ kind: 'board' }, null, settings)).toBe(false);
  });
});

describe('dotsCoverScope', () => {
  it('warns when each person has as many dots as the scope has notes, not when the vote still ranks', () => {
    expect(dotsCoverScope({ kind: 'group', groupId: 'g', title: 'Mobilité', count: 3 }, 3)).toBe(true);
    expect(dotsCoverScope({ kind: 'notes', noteIds: ['a', 'b'] }, 3)).toBe(true);
    expect(dotsCoverScope({ kind: 'frame', frameId: 'z', title: 'Besoins', count: 4 }, 3)).toBe(false);
  });

  it('stays quiet when it cannot tell: the dashboard’s whole board, an empty zone, dots typed wrong', () => {
    expect(dotsCoverScope({ kind: 'board' }, 3)).toBe(false);
    expect(dotsCoverScope({ kind: 'frame', frameId: 'z', title: 'Besoins', count: 0 }, 3)).toBe(false);
    expect(dotsCoverScope({ kind: 'board', count: 2 }, null)).toBe(false);
  });
});
