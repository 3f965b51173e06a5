import { BOARD_TEMPLATES, createFrame, createNote, rectsIntersect, setBoardPolicy, type Role } from '@essaim/shared';
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

  it('on a needs map, puts it outside every zone rather than in the theme at the centre of the view', () => {
    const doc = new Y.Doc();
    const needsMap = BOARD_TEMPLATES.find((t) => t.id === 'carte-des-besoins')!;
    for (const frame of needsMap.content.frames) createFrame(doc, frame);
    const board = boardOf(doc, 'participant');
    const zones = board.frames.getSnapshot();
    const middle = zones[Math.floor(zones.length / 2)]!;
    // the view centred on a zone in the middle of the map, as a phone's fitted view is
    board.viewport.set({ x: 180 - (middle.x + middle.width / 2) * 0.1, y: 250 - (middle.y + middle.height / 2) * 0.1, scale: 0.1 });

    const note = board.notes.get(createWrittenNote(board, 'Un tiers-lieu pour les jeunes') ?? '')!;
    expect(zones.filter((zone) => rectsIntersect(zone, note)).map((zone) => zone.title)).toEqual([]);
  });

  it('writes nothing on a locked board', () => {
    const doc = new Y.Doc();
    setBoardPolicy(doc, { locked: true });
    const board = boardOf(doc, 'participant');
    expect(createWrittenNote(board, 'Trop tard')).toBeNull();
    expect(board.notes.getSnapshot()).toEqual([]);
  });
});
