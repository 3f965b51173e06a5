import { boardMaps, checkBoardChanges, createFrame, createNote, DEFAULT_BOARD_POLICY, docReader, updateFrames, updateNote, type Actor } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UndoHistory } from './UndoHistory';

const lina: Actor = { participantId: 'lina', role: 'participant' };

/** Lina's document and Marc's, synced both ways like two browsers in one room. */
function room() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, u, a));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, u, b));
  const history = new UndoHistory(a, (changes) => checkBoardChanges(changes, lina, DEFAULT_BOARD_POLICY, docReader(a)));
  return { a, b, history };
}

describe('UndoHistory', () => {
  it('undoes and redoes only this user’s own changes', () => {
    const { a, b, history } = room();
    createNote(a, { id: 'mine', x: 0, y: 0, text: 'Navette' }, { authorId: 'lina', now: 1 });
    history.stopCapturing();
    createNote(b, { id: 'theirs', x: 300, y: 0, text: 'Épicerie' }, { authorId: 'marc', now: 2 });
    updateNote(a, 'mine', { text: 'Navette solidaire' }, 3);
    expect(history.get()).toEqual({ canUndo: true, canRedo: false });
    expect(history.undo()).toBeNull();
    expect(boardMaps(b).notes.get('mine')?.text).toBe('Navette');
    expect(history.undo()).toBeNull();
    expect(boardMaps(b).notes.has('mine')).toBe(false);
    // Marc's note is not Lina's to undo
    expect(boardMaps(b).notes.has('theirs')).toBe(true);
    expect(history.get()).toEqual({ canUndo: false, canRedo: true });
    history.redo();
    history.redo();
    expect(boardMaps(b).notes.get('mine')?.text).toBe('Navette solidaire');
  });

  it('makes each action one step, even right after another, and one bout of typing one step', () => {
    const { a, b, history } = room();
    const actions = history.steps(
      {
        create: (id: string) => createNote(a, { id, x: 0, y: 0 }, { authorId: 'lina', now: 1 }),
        type: (id: string, text: string) => updateNote(a, id, { text }, 2),
      },
      ['type'],
    );
    actions.create('n1');
    actions.type('n1', 'M');
    actions.type('n1', 'Mo');
    actions.type('n1', 'Mob');
    actions.create('n2');
    history.undo();
    expect(boardMaps(b).notes.has('n2')).toBe(false);
    expect(boardMaps(b).notes.get('n1')?.text).toBe('Mob');
    history.undo();
    expect(boardMaps(b).notes.get('n1')?.text).toBe('');
    history.undo();
    expect(boardMaps(b).notes.has('n1')).toBe(false);
  });

  it('refuses, without touching the board, an undo the server would refuse', () => {
    const { a, b, history } = room();
    createNote(a, { id: 'mine', x: 100, y: 100 }, { authorId: 'lina', now: 1 });
    history.stopCapturing();
    updateNote(a, 'mine', { x: 2000 }, 2);
    history.stopCapturing();
    // meanwhile the facilitator locks a zone where the note was
    createFrame(b, { id: 'z', x: 0, y: 0, width: 600, height: 600 });
    updateFrames(b, new Map([['z', { locked: true }]]));
    const before = Y.encodeStateVector(a);
    expect(history.undo()).toMatch(/locked zone/);
    expect(Y.encodeStateVector(a)).toEqual(before);
    expect(boardMaps(b).notes.get('mine')?.x).toBe(2000);
  });
});
