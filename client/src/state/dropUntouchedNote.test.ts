import { boardMaps, createNote, type Role } from '@essaim/shared';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { assembleBoardServices } from './BoardServices';
import { createNoteAt } from './boardCommands';
import { dropUntouchedNote } from './dropUntouchedNote';
import { offlineLink } from './testBoard';

/** Lina's board (her tab's stores, history and actions) and Marc's document, synced both ways. */
function room(role: Role = 'participant') {
  const doc = new Y.Doc();
  const marc = new Y.Doc();
  doc.on('update', (u: Uint8Array, origin: unknown) => origin !== marc && Y.applyUpdate(marc, u, doc));
  marc.on('update', (u: Uint8Array, origin: unknown) => origin !== doc && Y.applyUpdate(doc, u, marc));
  const session = { workshopId: 'w', title: '', participantId: 'lina', name: 'Lina', role, roomId: 'r', token: '' };
  const board = assembleBoardServices(session, offlineLink(), doc, new Awareness(doc));
  board.stageSize.set({ width: 800, height: 600 });
  return { board, marc };
}

describe('a new note left empty', () => {
  it('goes away with its creation: not on anyone’s board, and no undo or redo brings it back', () => {
    const { board, marc } = room();
    const kept = createNoteAt(board, { x: 100, y: 100 })!;
    board.actions.setText(kept, 'Navette du marché');
    const empty = createNoteAt(board, { x: 400, y: 100 })!;
    expect(boardMaps(marc).notes.has(empty)).toBe(true);

    expect(dropUntouchedNote(board, empty)).toBe(true);
    expect(boardMaps(marc).notes.has(empty)).toBe(false);
    expect(board.undo.get().canRedo).toBe(false);
    // the next undo takes back what came before it: the text, then the first note
    expect(board.undo.undo()).toBeNull();
    expect(boardMaps(marc).notes.get(kept)?.text).toBe('');
    expect(boardMaps(marc).notes.has(empty)).toBe(false);
    board.undo.redo();
    expect(boardMaps(marc).notes.get(kept)?.text).toBe('Navette du marché');
    expect(boardMaps(marc).notes.has(empty)).toBe(false);
  });

  it('stays when it is someone else’s, older than this person’s last step, or was typed in and emptied', () => {
    const { board, marc } = room();
    createNote(marc, { id: 'marc-empty', x: 0, y: 400 }, { authorId: 'marc', now: 1 });
    expect(dropUntouchedNote(board, 'marc-empty')).toBe(false);

    const older = createNoteAt(board, { x: 100, y: 100 })!;
    createNoteAt(board, { x: 400, y: 100 });
    expect(dropUntouchedNote(board, older)).toBe(false);

    const emptied = createNoteAt(board, { x: 700, y: 100 })!;
    board.actions.setText(emptied, 'Co');
    board.actions.setText(emptied, '');
    expect(dropUntouchedNote(board, emptied)).toBe(false);
    for (const id of ['marc-empty', older, emptied]) expect(boardMaps(marc).notes.has(id), id).toBe(true);
  });

  it('stays, and the history is untouched, when someone else changed it meanwhile', () => {
    const { board, marc } = room();
    const first = createNoteAt(board, { x: 100, y: 100 })!;
    board.actions.setText(first, 'Habitat léger');
    const fresh = createNoteAt(board, { x: 400, y: 100 })!;
    // the facilitator moves it while Lina has it open
    const note = boardMaps(marc).notes.get(fresh)!;
    boardMaps(marc).notes.set(fresh, { ...note, x: note.x + 200 });

    expect(dropUntouchedNote(board, fresh)).toBe(false);
    expect(boardMaps(marc).notes.get(fresh)?.x).toBe(note.x + 200);
    expect(boardMaps(marc).notes.get(first)?.text).toBe('Habitat léger');
  });
});
