import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createFrame, createLabel, createLink, createNote, type Role } from '@essaim/shared';
import { assembleBoardServices } from './BoardServices';
import { cancelDelete, confirmDelete } from './deleteSelection';
import { deleteWholeSelection } from './deleteWholeSelection';
import { nudgeSelectedEntries } from './selectedEntries';
import { selectMany } from './selection';
import { commitSelectionMove, planSelectionMove } from './selectionMove';
import { offlineLink } from './testBoard';

/**
 * A zone holding a note, a heading, a loose note linked to that note and a note of Marc's far
 * away, as the facilitator (or a participant) sees it, everything selected as a rectangle picks it.
 */
function mixedBoard(role: Role = 'facilitator') {
  const doc = new Y.Doc();
  createFrame(doc, { id: 'zone', x: 0, y: 0, width: 600, height: 400, title: 'Mobilité' });
  createNote(doc, { id: 'inside', x: 180, y: 180, text: 'Covoiturage' }, { authorId: 'p-me', now: 1 });
  createNote(doc, { id: 'loose', x: 980, y: 180, text: 'Navette' }, { authorId: 'p-me', now: 2 });
  createNote(doc, { id: 'marcs', x: 2080, y: 2080, text: 'Vélo' }, { authorId: 'p-marc', now: 3 });
  createLink(doc, { id: 'link', from: 'inside', to: 'loose' });
  createLabel(doc, { id: 'heading', x: 20, y: -80, text: 'Besoins' });
  // (notes are created by their centre: these lie at (100, 100), (900, 100) and (2000, 2000), 160 wide)
  const session = { workshopId: 'w', title: '', participantId: 'p-me', name: 'Moi', role, roomId: 'r', token: '' };
  const board = assembleBoardServices(session, offlineLink(), doc, new Awareness(doc));
  board.selection.set((s) => selectMany(s, ['inside', 'loose'], { frames: ['zone'], labels: ['heading'], links: ['link'] }));
  const at = (id: string) => {
    const e = board.notes.get(id) ?? board.frames.get(id) ?? board.labels.get(id);
    return e && { x: e.x, y: e.y };
  };
  return { board, at };
}

describe('a mixed selection', () => {
  it('moves as a whole: the zone with its note, the heading, the loose note, each once', () => {
    const { board, at } = mixedBoard();
    const plan = planSelectionMove(board);
    expect([...plan.zones.keys()]).toEqual(['zone']);
    expect(plan.carried.get('zone')).toEqual(['inside']);
    expect(plan.loose).toEqual(['loose']);
    expect(commitSelectionMove(board, plan, 50.4, -20)).toBe(true);
    expect(['zone', 'inside', 'loose', 'heading', 'marcs'].map(at)).toEqual([
      { x: 50, y: -20 },
      { x: 150, y: 80 },
      { x: 950, y: 80 },
      { x: 70, y: -100 },
      { x: 2000, y: 2000 },
    ]);
  });

  it('moves with the arrow keys the same way', () => {
    const { board, at } = mixedBoard();
    nudgeSelectedEntries(board, 10, 0);
    expect(['zone', 'inside', 'loose', 'heading'].map((id) => at(id)?.x)).toEqual([10, 110, 910, 30]);
  });

  it('dragging a zone that is not selected carries its notes only', () => {
    const { board, at } = mixedBoard();
    board.selection.set((s) => selectMany(s, ['loose'], { labels: ['heading'] }));
    const plan = planSelectionMove(board, 'zone');
    commitSelectionMove(board, plan, 0, 30);
    expect(['zone', 'inside', 'loose'].map((id) => at(id)?.y)).toEqual([30, 130, 100]);
    // the heading is the selection's, not the zone's: a drag of the zone alone leaves it
    expect(at('heading')?.y).toBe(-80);
  });

  it('leaves for a participant what they may not move: zones and headings stay, their own notes move', () => {
    const { board, at } = mixedBoard('participant');
    const plan = planSelectionMove(board);
    expect([plan.zones.size, plan.labels.size]).toEqual([0, 0]);
    commitSelectionMove(board, plan, 5, 5);
    expect(['zone', 'heading', 'inside', 'loose'].map(at)).toEqual([
      { x: 0, y: 0 },
      { x: 20, y: -80 },
      { x: 105, y: 105 },
      { x: 905, y: 105 },
    ]);
  });

  it('« Supprimer » asks about every kind at once: « Annuler » leaves them all, « Supprimer » takes them all in one undo step', () => {
    const { board } = mixedBoard();
    const counts = () => [board.frames.getSnapshot().length, board.labels.getSnapshot().length, board.links.getSnapshot().length, board.notes.getSnapshot().length];
    expect(deleteWholeSelection(board)).toBe(5);
    // two notes: the confirmation dialog asks first, about the zone, the heading and the link too
    expect(board.pendingDelete.get()).toEqual({ notes: ['inside', 'loose'], frames: ['zone'], labels: ['heading'], links: ['link'] });
    expect(counts()).toEqual([1, 1, 1, 3]);
    cancelDelete(board);
    expect(counts()).toEqual([1, 1, 1, 3]);

    expect(deleteWholeSelection(board)).toBe(5);
    expect(confirmDelete(board)).toBe(5);
    expect(counts()).toEqual([0, 0, 0, 1]);
    // one step brings everything back
    expect(board.undo.undo()).toBeNull();
    expect(counts()).toEqual([1, 1, 1, 3]);
    expect(board.undo.get().canUndo).toBe(false);
  });

  it('« Supprimer » without notes to ask about takes the zone and the heading at once, in one undo step', () => {
    const { board } = mixedBoard();
    board.selection.set((s) => selectMany(s, [], { frames: ['zone'], labels: ['heading'] }));
    expect(deleteWholeSelection(board)).toBe(2);
    expect(board.pendingDelete.get()).toBeNull();
    expect([board.frames.getSnapshot().length, board.labels.getSnapshot().length]).toEqual([0, 0]);
    expect(board.undo.undo()).toBeNull();
    expect([board.frames.getSnapshot().length, board.labels.getSnapshot().length]).toEqual([1, 1]);
  });

  it('« Supprimer » for a participant leaves the zone and heading, and deletes what they may once confirmed', () => {
    const { board } = mixedBoard('participant');
    expect(deleteWholeSelection(board)).toBe(3);
    expect(board.pendingDelete.get()).toEqual({ notes: ['inside', 'loose'], frames: [], labels: [], links: ['link'] });
    confirmDelete(board);
    expect([board.frames.getSnapshot().length, board.labels.getSnapshot().length, board.links.getSnapshot().length, board.notes.getSnapshot().length]).toEqual([1, 1, 0, 1]);
  });
});
