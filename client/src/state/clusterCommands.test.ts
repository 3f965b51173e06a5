import { createNote, setBoardPolicy, type Role } from '@essaim/shared';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import i18next from 'i18next';
import { toast } from 'sonner';
import { describe, expect, it, vi } from 'vitest';
import { assembleBoardServices } from './BoardServices';
import { clusterTitleEditing } from './clusterEditing';
import { clusterOfSelection, dissolveSelection, dropNotes, groupSelection } from './clusterCommands';
import { deleteSelectedLinks, linkSelection, setLinkKind, setLinkLabel } from './linkCommands';
import { selectMany } from './selection';
import { offlineLink } from './testBoard';
import fr from '../i18n/fr.json';

vi.mock('sonner', () => ({ toast: { info: vi.fn() } }));
void i18next.init({ resources: { fr: { translation: fr } }, lng: 'fr', initAsync: false, interpolation: { escapeValue: false } });

function boardOf(doc: Y.Doc, role: Role, participantId = `${role}-1`) {
  const session = { workshopId: 'w', title: '', participantId, name: 'Lina', role, roomId: 'r', token: '' };
  return assembleBoardServices(session, offlineLink(), doc, new Awareness(doc));
}

/** Notes a, b (by lina) and c (by marc), 160 × 160, centred in a row 200 apart. */
function seeded(policy: { moveAll: boolean } = { moveAll: true }) {
  const doc = new Y.Doc();
  setBoardPolicy(doc, policy);
  for (const [i, [id, author]] of [['a', 'lina'], ['b', 'lina'], ['c', 'marc']].entries()) {
    createNote(doc, { id: id!, x: i * 200, y: 0, text: id! }, { authorId: author!, now: 1 });
  }
  return doc;
}

describe('cluster commands', () => {
  it('« Regrouper » makes a cluster of the selection and opens its title field', () => {
    const board = boardOf(seeded(), 'participant', 'lina');
    board.selection.set((s) => selectMany(s, ['a', 'b', 'c']));
    const id = groupSelection(board);
    expect(id).not.toBeNull();
    expect(board.notes.getSnapshot().map((n) => n.groupId)).toEqual([id, id, id]);
    expect(clusterTitleEditing(board).get()).toBe(id);
    expect(clusterOfSelection(board.notes.getSnapshot(), board.selection.get().ids)).toBe(id);
  });

  it('groups only the notes this user may move, and says so', () => {
    const board = boardOf(seeded({ moveAll: false }), 'participant', 'lina');
    board.selection.set((s) => selectMany(s, ['a', 'b', 'c']));
    const id = groupSelection(board);
    expect(board.notes.get('a')!.groupId).toBe(id);
    expect(board.notes.get('c')!.groupId).toBeUndefined();
    expect(toast.info).toHaveBeenLastCalledWith(fr.rights.moveOwn, { id: 'rights' });
  });

  it('a note dropped on a cluster joins it in the same change as its move; dragged far away it leaves', () => {
    const doc = seeded();
    const board = boardOf(doc, 'participant', 'lina');
    board.selection.set((s) => selectMany(s, ['a', 'b']));
    const id = groupSelection(board)!;
    let updates = 0;
    doc.on('update', () => updates++);
    // the cluster's outline: around a and b (centred at 0,0 and 200,0), 16 beyond their edges
    dropNotes(board, new Map([['c', { x: 100, y: -60 }]]));
    expect(updates).toBe(1);
    expect(board.notes.get('c')).toMatchObject({ x: 100, y: -60, groupId: id });
    dropNotes(board, new Map([['c', { x: 2000, y: 2000 }]]));
    expect(board.notes.get('c')!.groupId).toBeUndefined();
  });

  it('a cluster left without notes goes with the last one out', () => {
    const board = boardOf(seeded(), 'participant', 'lina');
    board.selection.set((s) => selectMany(s, ['a', 'b']));
    const first = groupSelection(board)!;
    board.selection.set((s) => selectMany(s, ['a', 'b', 'c']));
    const second = groupSelection(board)!;
    expect(board.groups.get(first)).toBeUndefined();
    expect(board.groups.get(second)).toBeDefined();
  });

  it('« Dissoudre » needs moving rights on every note of the cluster', () => {
    const doc = seeded({ moveAll: true });
    const lina = boardOf(doc, 'participant', 'lina');
    lina.selection.set((s) => selectMany(s, ['a', 'c']));
    const id = groupSelection(lina)!;
    setBoardPolicy(doc, { moveAll: false });
    expect(dissolveSelection(lina)).toBe(0);
    expect(lina.groups.get(id)).toBeDefined();
    const anim = boardOf(doc, 'facilitator');
    anim.selection.set((s) => selectMany(s, ['a']));
    expect(dissolveSelection(anim)).toBe(1);
    expect(anim.groups.get(id)).toBeUndefined();
    expect(anim.notes.get('c')!.groupId).toBeUndefined();
  });
});

describe('link commands', () => {
  it('« Relier » links the first selected note to the second, once, and selects the link', () => {
    const board = boardOf(seeded(), 'participant', 'lina');
    board.selection.set((s) => selectMany(s, ['c', 'a']));
    const id = linkSelection(board)!;
    expect(board.links.get(id)).toEqual({ id, from: 'c', to: 'a', kind: 'plain' });
    expect([...board.selection.get().others.links]).toEqual([id]);
    board.selection.set((s) => selectMany(s, ['a', 'c']));
    expect(linkSelection(board)).toBe(id);
    expect(board.links.getSnapshot()).toHaveLength(1);
  });

  it('changes kind and label, and deletes the selected link', () => {
    const board = boardOf(seeded(), 'participant', 'lina');
    board.selection.set((s) => selectMany(s, ['a', 'b']));
    const id = linkSelection(board)!;
    setLinkKind(board, id, 'cause');
    setLinkLabel(board, id, '  aggrave ');
    expect(board.links.get(id)).toMatchObject({ kind: 'cause', label: 'aggrave' });
    setLinkLabel(board, id, '');
    expect(board.links.get(id)!.label).toBeUndefined();
    expect(deleteSelectedLinks(board)).toBe(1);
    expect(board.links.getSnapshot()).toHaveLength(0);
  });

  it('an observer links nothing', () => {
    const doc = seeded();
    const board = boardOf(doc, 'observer');
    board.selection.set((s) => selectMany(s, ['a', 'b']));
    expect(linkSelection(board)).toBeNull();
    expect(board.links.getSnapshot()).toHaveLength(0);
  });
});
