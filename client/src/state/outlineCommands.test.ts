import { createFrame, createNote, frameHoldsNote, groupNotes, rectsIntersect, updateFrames, type Role } from '@essaim/shared';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { assembleBoardServices } from './BoardServices';
import { addLinkedFromOutline, addPlannedNote, planNote, revealNote } from './outlineCommands';
import { offlineLink } from './testBoard';

function boardOf(doc: Y.Doc, role: Role) {
  const session = { workshopId: 'w', title: '', participantId: `${role}-1`, name: 'Lina', role, roomId: 'r', token: '' };
  const board = assembleBoardServices(session, offlineLink(), doc, new Awareness(doc));
  board.stageSize.set({ width: 800, height: 600 });
  return board;
}

const ctx = { authorId: 'participant-1', now: 1 };

describe('adding from the outline', () => {
  it('puts a note into the zone, beside the notes already there, and into a cluster with its groupId', () => {
    const doc = new Y.Doc();
    const zone = createFrame(doc, { id: 'z', x: 1000, y: 1000, width: 800, height: 600, title: 'Mobilité' });
    createNote(doc, { id: 'a', x: 1100, y: 1150 }, ctx);
    const board = boardOf(doc, 'participant');
    const id = addPlannedNote(board, planNote(board, { frame: zone }))!;
    const note = board.notes.get(id)!;
    expect(frameHoldsNote(zone, note)).toBe(true);
    expect(rectsIntersect(note, board.notes.get('a')!)).toBe(false);
    expect(note.authorId).toBe('participant-1');

    groupNotes(doc, { id: 'g', title: 'Partage', noteIds: ['a'] }, 2);
    const inCluster = addPlannedNote(board, planNote(board, { groupId: 'g', members: [board.notes.get('a')!] }))!;
    expect(board.notes.get(inCluster)!.groupId).toBe('g');
  });

  it('refuses a note in a locked zone to a participant, as the server would, and writes nothing', () => {
    const doc = new Y.Doc();
    const zone = createFrame(doc, { id: 'z', x: 0, y: 0, width: 800, height: 600 });
    updateFrames(doc, new Map([['z', { locked: true }]]));
    const board = boardOf(doc, 'participant');
    expect(addPlannedNote(board, planNote(board, { frame: { ...zone, locked: true } }))).toBeNull();
    expect(board.notes.getSnapshot()).toEqual([]);
  });

  it('adds a cause linked to its problem', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'p', x: 0, y: 0 }, ctx);
    const board = boardOf(doc, 'participant');
    const id = addLinkedFromOutline(board, 'p', 'cause')!;
    expect(board.links.getSnapshot()).toEqual([expect.objectContaining({ from: id, to: 'p', kind: 'cause' })]);
  });
});

describe('revealNote', () => {
  it('selects the note and centres the view on it when it is out of view, and leaves a view that shows it', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'far', x: 5080, y: 3080 }, ctx);
    const board = boardOf(doc, 'participant');
    revealNote(board, 'far');
    expect([...board.selection.get().ids]).toEqual(['far']);
    expect(board.viewport.get()).toEqual({ x: 400 - 5080, y: 300 - 3080, scale: 1 });
    const view = board.viewport.get();
    revealNote(board, 'far');
    expect(board.viewport.get()).toBe(view);
  });
});
