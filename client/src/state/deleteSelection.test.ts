import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createNote, setBoardPolicy } from '@essaim/shared';
import { assembleBoardServices } from './BoardServices';
import { offlineLink } from './testBoard';
import { cancelDelete, confirmDelete, deleteSelection } from './deleteSelection';
import { selectMany } from './selection';


/** Lina's board, where everyone may change everything, with one note of hers and one of Marc's. */
function linasBoard() {
  const doc = new Y.Doc();
  setBoardPolicy(doc, { editAll: true });
  createNote(doc, { id: 'mine', x: 0, y: 0, text: 'Le mien' }, { authorId: 'p-lina', now: 1 });
  createNote(doc, { id: 'marcs', x: 200, y: 0, text: 'Celui de Marc' }, { authorId: 'p-marc', now: 2 });
  const session = { workshopId: 'w', title: '', participantId: 'p-lina', name: 'Lina', role: 'participant' as const, roomId: 'r', token: '' };
  const board = assembleBoardServices(session, offlineLink(), doc, new Awareness(doc));
  const select = (...ids: string[]) => board.selection.set((s) => selectMany(s, ids));
  const left = () => board.notes.getSnapshot().map((n) => n.id);
  return { board, doc, select, left };
}

describe('deleteSelection', () => {
  it('deletes one note of one’s own at once', () => {
    const { board, select, left } = linasBoard();
    select('mine');
    expect(deleteSelection(board)).toBe(1);
    expect(left()).toEqual(['marcs']);
    expect(board.pendingDelete.get()).toBeNull();
  });

  it('asks before deleting someone else’s note, and deletes nothing when cancelled', () => {
    const { board, select, left } = linasBoard();
    select('marcs');
    expect(deleteSelection(board)).toBe(1);
    expect(board.pendingDelete.get()?.notes).toEqual(['marcs']);
    expect(left()).toEqual(['mine', 'marcs']);
    cancelDelete(board);
    expect(confirmDelete(board)).toBe(0);
    expect(left()).toEqual(['mine', 'marcs']);
  });

  it('asks before deleting several notes, even one’s own, and deletes them once confirmed', () => {
    const { board, doc, select, left } = linasBoard();
    createNote(doc, { id: 'mine2', x: 0, y: 200 }, { authorId: 'p-lina', now: 3 });
    select('mine', 'mine2');
    expect(deleteSelection(board)).toBe(2);
    expect(left()).toEqual(['mine', 'marcs', 'mine2']);
    // the notes list moved the selection on meanwhile: it stays where it is
    select('marcs');
    expect(confirmDelete(board)).toBe(2);
    expect(left()).toEqual(['marcs']);
    expect([...board.selection.get().ids]).toEqual(['marcs']);
  });
});
