import { createNote, rectsIntersect, setBoardPolicy, type Role } from '@essaim/shared';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createWrittenNote } from './boardCommands';
import { assembleBoardServices } from './BoardServices';
import { offlineLink } from './testBoard';


function boardOf(doc: Y.Doc, role: Role) {
  const session = { workshopId: 'w', title: '', participantId: `${role}-1`, name: 'Lina', role, roomId: 'r', token: '' };
  const board = assembleBoardServices(session, offlineLink(), doc, new Awareness(doc));
  board.stageSize.set({ width: 360, height: 500 });
  return board;
}

describe('createWrittenNote (a phone’s « Nouvelle note »)', () => {
  it('puts the written note, in the chosen colour, on a free spot of the canvas that the view then shows, editor closed', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'taken', x: 0, y: 0, text: 'Déjà là' }, { authorId: 'other', now: 1 });
    const board = boardOf(doc, 'participant');
    board.viewport.set({ x: 180, y: 250, scale: 1 }); // board origin at the centre of the screen
    board.ui.set((ui) => ({ ...ui, color: 'blue' }));

    const id = createWrittenNote(board, 'Une école de la deuxième chance');
    const note = board.notes.get(id ?? '');
    expect(note).toMatchObject({ text: 'Une école de la deuxième chance', color: 'blue', authorId: 'participant-1' });
    expect(rectsIntersect(note!, board.notes.get('taken')!)).toBe(false);
    const view = board.viewport.get();
    const onScreen = { x: note!.x * view.scale + view.x, y: note!.y * view.scale + view.y };
    expect(onScreen.x).toBeGreaterThanOrEqual(0);
    expect(onScreen.x + note!.width * view.scale).toBeLessThanOrEqual(360);
    expect(onScreen.y).toBeGreaterThanOrEqual(0);
    expect(board.selection.get().editingId).toBeNull();
  });

  it('writes nothing on a locked board', () => {
    const doc = new Y.Doc();
    setBoardPolicy(doc, { locked: true });
    const board = boardOf(doc, 'participant');
    expect(createWrittenNote(board, 'Trop tard')).toBeNull();
    expect(board.notes.getSnapshot()).toEqual([]);
  });
});
