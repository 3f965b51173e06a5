import { createLink, createNote, setBoardPolicy, type Role } from '@essaim/shared';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { alignSelection, bringToFront, frontOrders, tidyIntoGrid } from './arrangeCommands';
import { assembleBoardServices } from './BoardServices';
import { copySelection, duplicateSelection, pasteText } from './clipboardCommands';
import { contextMenuStore, openContextMenu } from './contextMenu';
import { menuItems } from './contextMenuItems';
import { addLinkedNote, arrangeTree, problemTreeOf } from './problemTreeCommands';
import { selectMany } from './selection';
import { offlineLink, testNote } from './testBoard';

function boardOf(doc: Y.Doc, role: Role, id = `${role}-1`) {
  const session = { workshopId: 'w', title: '', participantId: id, name: 'Lina', role, roomId: 'r', token: '' };
  const board = assembleBoardServices(session, offlineLink(), doc, new Awareness(doc));
  board.stageSize.set({ width: 800, height: 600 });
  return board;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('the context menu of a note', () => {
  it('offers everything on one’s own note, and « Réorganiser l’arbre » once it is in a tree', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'p', x: 0, y: 0, text: 'Isolement' }, { authorId: 'participant-1', now: 1 });
    const board = boardOf(doc, 'participant');
    openContextMenu(board, { target: { kind: 'note', id: 'p' }, at: { x: 10, y: 10 } });
    expect(board.selection.get().ids).toEqual(new Set(['p']));
    expect(contextMenuStore(board).get()?.target).toEqual({ kind: 'note', id: 'p' });
    expect(ids(menuItems(board, { kind: 'note', id: 'p' }))).toEqual(['edit', 'color', 'duplicate', 'copy', 'front', 'addCause', 'addConsequence', 'delete']);
    const cause = addLinkedNote(board, 'p', 'cause');
    expect(board.selection.get().editingId).toBe(cause);
    expect(ids(menuItems(board, { kind: 'note', id: 'p' }))).toContain('arrangeTree');
    expect(problemTreeOf(board, cause!)?.problem).toBe('p');
  });

  it('offers only what the rules allow on someone else’s note, and nothing that writes to an observer', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'p', x: 0, y: 0 }, { authorId: 'someone', now: 1 });
    createNote(doc, { id: 'c', x: 0, y: 300 }, { authorId: 'someone', now: 1 });
    createLink(doc, { id: 'l', from: 'c', to: 'p', kind: 'cause' });
    setBoardPolicy(doc, { moveAll: false, editAll: false });
    const participant = boardOf(doc, 'participant');
    participant.selection.set((s) => selectMany(s, ['p']));
    // a participant may link new notes of their own to it, not move the tree of others
    expect(ids(menuItems(participant, { kind: 'note', id: 'p' }))).toEqual(['duplicate', 'copy', 'addCause', 'addConsequence']);
    const observer = boardOf(doc, 'observer');
    observer.selection.set((s) => selectMany(s, ['p']));
    expect(ids(menuItems(observer, { kind: 'note', id: 'p' }))).toEqual(['copy']);
    setBoardPolicy(doc, { locked: true });
    expect(ids(menuItems(participant, { kind: 'board' }))).toEqual(['selectAll']);
  });
});

describe('problem tree, clipboard and « Disposer » commands', () => {
  it('lays a tree out in one undo step, causes below and consequences above', () => {
    const doc = new Y.Doc();
    const board = boardOf(doc, 'facilitator');
    createNote(doc, { id: 'p', x: 400, y: 400 }, { authorId: 'facilitator-1', now: 1 });
    for (let i = 0; i < 3; i++) addLinkedNote(board, 'p', 'cause');
    for (let i = 0; i < 2; i++) addLinkedNote(board, 'p', 'consequence');
    // someone moved them anyhow
    const all = board.notes.getSnapshot();
    board.actions.moveNotes(new Map(all.filter((n) => n.id !== 'p').map((n, i) => [n.id, { x: i * 37, y: 900 - i * 300 }])));
    board.undo.stopCapturing();
    const before = board.notes.getSnapshot().map((n) => [n.id, n.x, n.y]);
    expect(arrangeTree(board, 'p')).toBe(true);
    const p = board.notes.get('p')!;
    const tree = problemTreeOf(board, 'p')!;
    for (const c of tree.causes) expect(board.notes.get(c.id)!.y).toBeGreaterThan(p.y + p.height);
    for (const c of tree.consequences) expect(board.notes.get(c.id)!.y + board.notes.get(c.id)!.height).toBeLessThan(p.y);
    expect(board.undo.undo()).toBeNull();
    expect(board.notes.getSnapshot().map((n) => [n.id, n.x, n.y])).toEqual(before);
  });

  it('copies notes with their links and pastes new ones by this user, one note per line of foreign text', () => {
    const doc = new Y.Doc();
    const board = boardOf(doc, 'participant');
    createNote(doc, { id: 'a', x: 0, y: 0, text: 'Bus', color: 'pink' }, { authorId: 'someone', now: 1 });
    createNote(doc, { id: 'b', x: 300, y: 0, text: 'Isolement' }, { authorId: 'someone', now: 1 });
    createLink(doc, { id: 'l', from: 'a', to: 'b', kind: 'cause' });
    board.selection.set((s) => selectMany(s, ['a', 'b']));
    expect(copySelection(board)).toBe('Bus\nIsolement');
    expect(pasteText(board, 'Bus\nIsolement', { x: 1000, y: 1000 })).toBe(2);
    const pasted = board.notes.getSnapshot().filter((n) => !['a', 'b'].includes(n.id));
    expect(pasted.map((n) => [n.text, n.color, n.authorId]).sort()).toEqual([['Bus', 'pink', 'participant-1'], ['Isolement', 'yellow', 'participant-1']]);
    expect(board.links.getSnapshot().filter((l) => l.id !== 'l')).toHaveLength(1);
    expect(board.selection.get().ids).toEqual(new Set(pasted.map((n) => n.id)));
    expect(pasteText(board, 'Mobilité\n\nSanté\nÉcole')).toBe(3);
    expect(duplicateSelection(board)).toBe(3);
    expect(board.notes.getSnapshot()).toHaveLength(10);
  });

  it('tidies, aligns and brings to front only what this user may move, each in one change', () => {
    const doc = new Y.Doc();
    const board = boardOf(doc, 'participant');
    setBoardPolicy(doc, { moveAll: false });
    doc.transact(() => {
      for (const [id, x, y] of [['m1', 0, 0], ['m2', 500, 90], ['m3', 170, 400]] as const) createNote(doc, { id, x, y }, { authorId: 'participant-1', now: 1 });
      createNote(doc, { id: 'other', x: 900, y: 900 }, { authorId: 'someone', now: 1 });
    });
    board.selection.set((s) => selectMany(s, ['m1', 'm2', 'm3', 'other']));
    let updates = 0;
    doc.on('update', () => updates++);
    expect(alignSelection(board, 'top')).toBe(true);
    expect(new Set(['m1', 'm2', 'm3'].map((id) => board.notes.get(id)!.y)).size).toBe(1);
    expect(board.notes.get('other')!.y).toBe(820);
    expect(tidyIntoGrid(board)).toBe(true);
    expect(bringToFront(board)).toBe(true);
    expect(updates).toBe(3);
    expect(board.notes.getSnapshot().at(-1)!.id).not.toBe('other');
  });

  it('puts the chosen notes above all the others, keeping their order, and writes nothing when they already are', () => {
    const notes = [testNote({ id: 'a', z: 3 }), testNote({ id: 'b' }), testNote({ id: 'c', z: 1 })];
    expect(frontOrders(notes, [notes[1]!, notes[2]!])).toEqual(new Map([['b', { z: 4 }], ['c', { z: 5 }]]));
    expect(frontOrders(notes, [notes[0]!]).size).toBe(0);
  });
});
