import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { BOARD_ENTRY_TYPES } from '../schema/boardEntryTypes.js';
import { createFrame } from './createFrame.js';
import { createLink } from './createLink.js';
import { createNote } from './createNote.js';
import { deleteFrames } from './deleteFrames.js';
import { deleteNotes } from './deleteNotes.js';
import { dissolveGroup, groupMembers, groupNotes, setNotesGroup, updateGroup } from './groupNotes.js';
import { createLabel, deleteLabels, updateLabels } from './labelOps.js';
import { readCategories, setCategories } from './setCategories.js';
import { syncedPair } from './syncedPair.js';
import { moveFrame, notesInFrame, updateFrames } from './updateFrames.js';
import { updateLinks } from './updateLinks.js';
import { updateNote } from './updateNotes.js';

const ctx = { authorId: 'p-lina', now: 1_700_000_000_000 };

/** Every entry on the board is exactly what its type wants: what the server accepts. */
function expectAllValid(doc: Y.Doc) {
  const maps = boardMaps(doc);
  for (const [name, type] of Object.entries(BOARD_ENTRY_TYPES)) {
    for (const [key, value] of (maps[name as keyof typeof BOARD_ENTRY_TYPES] as Y.Map<unknown>).entries()) {
      expect(type.validate(key, value), `${name}/${key}`).not.toBeNull();
    }
  }
}

describe('zones', () => {
  it('moving a zone moves the notes lying in it, in one change, and leaves the others', () => {
    const { a, b, updatesFromA } = syncedPair();
    createFrame(a, { id: 'f1', x: 0, y: 0, width: 800, height: 600, title: 'Mobilité durable', color: 'blue' });
    createNote(a, { id: 'in', x: 100, y: 100 }, ctx);
    createNote(a, { id: 'out', x: 1000, y: 100 }, ctx);
    expect(notesInFrame(a, boardMaps(a).frames.get('f1')!)).toEqual(['in']);
    const before = updatesFromA.length;
    moveFrame(a, 'f1', 50.4, -20, ctx.now + 1);
    expect(updatesFromA.length - before).toBe(1);
    const { frames, notes } = boardMaps(b);
    expect(frames.get('f1')).toMatchObject({ x: 50, y: -20 });
    expect(notes.get('in')).toMatchObject({ x: 20 + 50, y: 20 - 20 });
    expect(notes.get('out')).toMatchObject({ x: 920, y: 20 });
    expectAllValid(b);
  });

  it('renames, recolours, resizes and locks; a deleted zone leaves its notes', () => {
    const { a, b } = syncedPair();
    createFrame(a, { id: 'f1', x: 0, y: 0 });
    createNote(a, { id: 'n', x: 100, y: 100 }, ctx);
    updateFrames(a, new Map([['f1', { title: 'Habitat durable', color: 'green', width: 1000.6, locked: true }]]));
    expect(boardMaps(b).frames.get('f1')).toEqual({ id: 'f1', title: 'Habitat durable', x: 0, y: 0, width: 1001, height: 600, color: 'green', locked: true });
    deleteFrames(a, ['f1']);
    expect(boardMaps(b).frames.size).toBe(0);
    expect(boardMaps(b).notes.has('n')).toBe(true);
  });
});

describe('links', () => {
  it('joins two existing notes, refuses a missing end or a loop, and changes kind and label', () => {
    const { a, b } = syncedPair();
    createNote(a, { id: 'p', x: 0, y: 0 }, ctx);
    createNote(a, { id: 'c', x: 0, y: 300 }, ctx);
    expect(createLink(a, { id: 'l1', from: 'c', to: 'p', kind: 'cause', label: '  aggrave ' })).toEqual({ id: 'l1', from: 'c', to: 'p', kind: 'cause', label: 'aggrave' });
    expect(createLink(a, { id: 'l2', from: 'c', to: 'ghost' })).toBeNull();
    expect(createLink(a, { id: 'l3', from: 'c', to: 'c' })).toBeNull();
    updateLinks(a, new Map([['l1', { kind: 'consequence', label: '' }]]));
    expect(boardMaps(b).links.get('l1')).toEqual({ id: 'l1', from: 'c', to: 'p', kind: 'consequence' });
    expect(boardMaps(b).links.size).toBe(1);
    expectAllValid(b);
  });

  it('deleting a note deletes its links in the same change', () => {
    const { a, b, updatesFromA } = syncedPair();
    for (const id of ['p', 'c1', 'c2']) createNote(a, { id, x: 0, y: 0 }, ctx);
    createLink(a, { id: 'l1', from: 'c1', to: 'p', kind: 'cause' });
    createLink(a, { id: 'l2', from: 'c2', to: 'p', kind: 'cause' });
    createLink(a, { id: 'l3', from: 'c1', to: 'c2' });
    const before = updatesFromA.length;
    deleteNotes(a, ['p']);
    expect(updatesFromA.length - before).toBe(1);
    expect([...boardMaps(b).links.keys()]).toEqual(['l3']);
  });
});

describe('clusters', () => {
  it('« Regrouper » makes a titled cluster of the notes; dissolving frees them', () => {
    const { a, b } = syncedPair();
    for (const id of ['n1', 'n2', 'n3']) createNote(a, { id, x: 0, y: 0 }, ctx);
    groupNotes(a, { id: 'g', title: ' Transports ', noteIds: ['n1', 'n2'] }, ctx.now);
    expect(boardMaps(b).groups.get('g')).toEqual({ id: 'g', title: 'Transports' });
    expect(groupMembers(b, 'g').sort()).toEqual(['n1', 'n2']);
    updateGroup(a, 'g', { collapsed: true, title: 'Mobilité' });
    expect(boardMaps(b).groups.get('g')).toEqual({ id: 'g', title: 'Mobilité', collapsed: true });
    updateGroup(a, 'g', { collapsed: false });
    expect(boardMaps(b).groups.get('g')).toEqual({ id: 'g', title: 'Mobilité' });
    expect(dissolveGroup(a, 'g', ctx.now)).toBe(2);
    expect(boardMaps(b).groups.size).toBe(0);
    expect(groupMembers(b, 'g')).toEqual([]);
    expect(boardMaps(b).notes.get('n1')).not.toHaveProperty('groupId');
    expectAllValid(b);
  });

  it('two people adding different notes to one cluster at the same moment both stay in it', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    for (const id of ['n1', 'n2', 'n3']) createNote(a, { id, x: 0, y: 0 }, ctx);
    groupNotes(a, { id: 'g', title: 'Alimentation', noteIds: ['n1'] }, ctx.now);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // concurrently: Lina adds n2 on her side, Marc adds n3 on his, then they sync
    setNotesGroup(a, ['n2'], 'g', ctx.now + 1);
    setNotesGroup(b, ['n3'], 'g', ctx.now + 1);
    const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(a, fromB);
    Y.applyUpdate(b, fromA);
    expect(groupMembers(a, 'g').sort()).toEqual(['n1', 'n2', 'n3']);
    expect(groupMembers(b, 'g').sort()).toEqual(['n1', 'n2', 'n3']);
  });
});

describe('labels and categories', () => {
  it('writes, changes and deletes a heading', () => {
    const { a, b } = syncedPair();
    createLabel(a, { id: 'h', text: 'Quels besoins non couverts ?', x: 10.2, y: -300 });
    expect(boardMaps(b).labels.get('h')).toEqual({ id: 'h', text: 'Quels besoins non couverts ?', x: 10, y: -300, fontSize: 40 });
    updateLabels(a, new Map([['h', { fontSize: 64, color: 'blue' }]]));
    expect(boardMaps(b).labels.get('h')).toMatchObject({ fontSize: 64, color: 'blue' });
    expectAllValid(b);
    deleteLabels(a, ['h']);
    expect(boardMaps(b).labels.size).toBe(0);
  });

  it('keeps the categories list and a note’s category', () => {
    const { a, b } = syncedPair();
    setCategories(a, [{ id: 'c1', name: ' Centre-bourg ', color: 'green' }, { id: 'c2', name: 'Hameaux', color: 'orange' }]);
    expect(readCategories(b).map((c) => c.name)).toEqual(['Centre-bourg', 'Hameaux']);
    createNote(a, { id: 'n', x: 0, y: 0 }, ctx);
    updateNote(a, 'n', { categoryId: 'c2' }, ctx.now);
    expect(boardMaps(b).notes.get('n')).toMatchObject({ categoryId: 'c2' });
    updateNote(a, 'n', { categoryId: null }, ctx.now);
    expect(boardMaps(b).notes.get('n')).not.toHaveProperty('categoryId');
    expectAllValid(b);
  });
});
