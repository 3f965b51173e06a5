import { DEFAULT_BOARD_POLICY, type Actor, type Note } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { canCreateNotes, noteRights, permittedIds } from './noteRights';
import { testNote } from './testBoard';

const note = (id: string, authorId: string): Note => testNote({ id, authorId, updatedAt: 1 });
const lina: Actor = { participantId: 'lina', role: 'participant' };
const anim: Actor = { participantId: 'anim', role: 'facilitator' };
const obs: Actor = { participantId: 'obs', role: 'observer' };
const policy = DEFAULT_BOARD_POLICY;

describe('noteRights', () => {
  it('lets a participant edit and delete own notes, and move everyone’s by default', () => {
    expect(noteRights(note('a', 'lina'), lina, policy)).toEqual({ edit: true, move: true, remove: true });
    expect(noteRights(note('b', 'marc'), lina, policy)).toEqual({ edit: false, move: true, remove: false });
  });

  it('follows the room rules set by the facilitator', () => {
    expect(noteRights(note('b', 'marc'), lina, { ...policy, editAll: true, moveAll: false })).toEqual({ edit: true, move: false, remove: true });
    expect(noteRights(note('a', 'lina'), lina, { ...policy, locked: true })).toEqual({ edit: false, move: false, remove: false });
    expect(canCreateNotes(lina, { ...policy, locked: true })).toBe(false);
  });

  it('gives the facilitator every right and the observer none', () => {
    expect(noteRights(note('b', 'marc'), anim, { ...policy, locked: true })).toEqual({ edit: true, move: true, remove: true });
    expect(noteRights(note('b', 'obs'), obs, policy)).toEqual({ edit: false, move: false, remove: false });
    expect(canCreateNotes(anim, policy)).toBe(true);
    expect(canCreateNotes(obs, policy)).toBe(false);
  });

  it('filters a selection down to what may be deleted', () => {
    const notes = new Map([note('a', 'lina'), note('b', 'marc')].map((n) => [n.id, n]));
    expect(permittedIds(['a', 'b', 'gone'], 'remove', (id) => notes.get(id), lina, policy)).toEqual(['a']);
  });
});
