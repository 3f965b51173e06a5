import { DEFAULT_BOARD_POLICY, docReader, type Actor, type Frame } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardActions } from './boardActions';
import { lockedZoneOf } from './lockedZones';
import { noteRights } from './noteRights';
import { testNote } from './testBoard';

const zone: Frame = { id: 'z', title: 'Mobilité', x: 0, y: 0, width: 400, height: 300, color: 'blue', locked: true };
const lina: Actor = { participantId: 'lina', role: 'participant' };
const anim: Actor = { participantId: 'anim', role: 'facilitator' };

describe('locked zones in the UI’s rights', () => {
  it('finds the locked zone a note lies in, by its centre', () => {
    expect(lockedZoneOf([zone], testNote({ id: 'in', x: 100, y: 100 }))?.id).toBe('z');
    expect(lockedZoneOf([zone], testNote({ id: 'edge', x: 380, y: 100 }))).toBeUndefined();
    expect(lockedZoneOf([{ ...zone, locked: false }], testNote({ id: 'in', x: 100, y: 100 }))).toBeUndefined();
  });

  it('takes every right on a note in a locked zone from its author, not from the facilitator, once the board is read', () => {
    const doc = new Y.Doc();
    const actions = createBoardActions(doc, 'anim');
    const id = actions.createFrame({ x: 0, y: 0, width: 400, height: 300 }, { title: 'Mobilité' });
    const own = testNote({ id: 'n', authorId: 'lina', x: 100, y: 100 });
    const reader = docReader(doc);
    expect(noteRights(own, lina, DEFAULT_BOARD_POLICY, reader)).toEqual({ edit: true, move: true, remove: true });
    actions.updateFrames(new Map([[id, { locked: true }]]));
    expect(noteRights(own, lina, DEFAULT_BOARD_POLICY, reader)).toEqual({ edit: false, move: false, remove: false });
    expect(noteRights(own, anim, DEFAULT_BOARD_POLICY, reader)).toEqual({ edit: true, move: true, remove: true });
    // without the board, the rule cannot see the zone: what the UI asked before
    expect(noteRights(own, lina, DEFAULT_BOARD_POLICY)).toEqual({ edit: true, move: true, remove: true });
  });
});
