import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createFrame, createNote, setBoardPolicy, setCategories, type Role } from '@essaim/shared';
import { arrangeZoneBy, canGoBack, undoArrangement } from './arrangeByCommands';
import { assembleBoardServices } from './BoardServices';
import { offlineLink } from './testBoard';
import i18next from 'i18next';
import fr from '../i18n/fr.json';

// the sub-area titles are written in the user's language
void i18next.init({ resources: { fr: { translation: fr } }, lng: 'fr', initAsync: false, interpolation: { escapeValue: false } });

/** A zone of six notes, two of each category (one with none), written by Lina and Marc; a note outside it. */
function boardWithZone(role: Role, moveAll = true) {
  const doc = new Y.Doc();
  setBoardPolicy(doc, { moveAll });
  setCategories(doc, [
    { id: 'c-mob', name: 'Mobilité', color: 'blue' },
    { id: 'c-ali', name: 'Alimentation', color: 'green' },
  ]);
  createFrame(doc, { id: 'zone', title: 'Besoins', x: 0, y: 0, width: 1000, height: 800 });
  const categories = ['c-mob', 'c-ali', null, 'c-ali', 'c-mob', 'c-mob'];
  categories.forEach((categoryId, i) => {
    createNote(doc, { id: `n${i}`, x: 150 + (i % 3) * 250, y: 200 + Math.floor(i / 3) * 250, text: `Note ${i}` }, { authorId: i % 2 ? 'p-marc' : 'p-lina', now: 1 });
    if (categoryId) doc.getMap('notes').set(`n${i}`, { ...(doc.getMap('notes').get(`n${i}`) as object), categoryId });
  });
  createNote(doc, { id: 'outside', x: 3000, y: 3000, text: 'Ailleurs' }, { authorId: 'p-lina', now: 1 });
  const session = { workshopId: 'w', title: '', participantId: role === 'facilitator' ? 'p-anim' : 'p-lina', name: 'Lina', role, roomId: 'r', token: '' };
  const board = assembleBoardServices(session, offlineLink(), doc, new Awareness(doc));
  const at = (id: string) => {
    const n = board.notes.get(id)!;
    return { x: n.x, y: n.y };
  };
  return { board, doc, at };
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('arrangeZoneBy', () => {
  it('gathers a zone’s notes by category in one change, titled for everyone, and puts them back', () => {
    const { board, doc, at } = boardWithZone('facilitator');
    const before = new Map(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'outside'].map((id) => [id, at(id)]));
    let updates = 0;
    doc.on('update', () => updates++);

    expect(arrangeZoneBy(board, 'zone', 'category')).toBeNull();
    expect(updates).toBe(1);
    const notes = board.notes.getSnapshot().filter((n) => n.id !== 'outside');
    for (const a of notes) for (const b of notes) if (a !== b) expect(overlaps(a, b), `${a.id} ${b.id}`).toBe(false);
    // the three « Mobilité » notes share a row of their sub-area, left of the « Alimentation » ones
    expect(Math.max(at('n0').x, at('n4').x, at('n5').x)).toBeLessThan(Math.min(at('n1').x, at('n3').x));
    expect(at('outside')).toEqual(before.get('outside'));
    expect(board.labels.getSnapshot().map((l) => l.text).sort()).toEqual(['Alimentation', 'Mobilité', 'Sans catégorie']);
    expect(canGoBack(board, 'zone')).toBe(true);

    expect(undoArrangement(board)).toBeNull();
    for (const [id, p] of before) expect(at(id), id).toEqual(p);
    expect(board.labels.getSnapshot()).toEqual([]);
    expect(canGoBack(board, 'zone')).toBe(false);
  });

  it('is one step of Ctrl+Z', () => {
    const { board, at } = boardWithZone('facilitator');
    const before = at('n3');
    arrangeZoneBy(board, 'zone', 'color');
    expect(at('n3')).not.toEqual(before);
    expect(board.undo.undo()).toBeNull();
    expect(at('n3')).toEqual(before);
    expect(board.labels.getSnapshot()).toEqual([]);
  });

  it('lets a participant who may move every note sort them, without titles (labels are the facilitators’)', () => {
    const { board, at } = boardWithZone('participant');
    const before = at('n1');
    expect(arrangeZoneBy(board, 'zone', 'author', new Map([['p-marc', 'Marc']]))).toBeNull();
    expect(at('n1')).not.toEqual(before);
    expect(board.labels.getSnapshot()).toEqual([]);
  });

  it('sorts by author without titles when asked (an anonymous workshop): no name is written on the board', () => {
    const { board, at } = boardWithZone('facilitator');
    const before = at('n1');
    expect(arrangeZoneBy(board, 'zone', 'author', new Map([['p-marc', 'Marc'], ['p-lina', 'Lina']]), { titles: false })).toBeNull();
    expect(at('n1')).not.toEqual(before);
    expect(board.labels.getSnapshot()).toEqual([]);
    // the same facilitator, without anonymity, gets the titles
    arrangeZoneBy(board, 'zone', 'author', new Map([['p-marc', 'Marc'], ['p-lina', 'Lina']]));
    expect(board.labels.getSnapshot().map((l) => l.text).sort()).toEqual(['Lina', 'Marc']);
  });

  it('gathers a zone’s notes by their dots in the latest round, most first, titled « 2 points », « 1 point », « Sans point »', () => {
    const { board, at } = boardWithZone('facilitator');
    const counts = new Map([
      ['n3', 2],
      ['n5', 2],
      ['n0', 1],
      ['n1', 0],
    ]);
    expect(arrangeZoneBy(board, 'zone', 'votes', new Map(), { counts })).toBeNull();
    const titles = [...board.labels.getSnapshot()].sort((a, b) => a.y - b.y || a.x - b.x);
    expect(titles.map((l) => l.text)).toEqual(['2 points', '1 point', 'Sans point']);
    // the most voted come first in reading order: their sub-area left of the others on the first shelf
    expect(Math.max(at('n3').x, at('n5').x)).toBeLessThan(at('n0').x);
    for (const id of ['n1', 'n2', 'n4']) expect(at(id).y > at('n0').y || at(id).x > at('n0').x, id).toBe(true);
  });

  it('refuses a participant who may move only their own notes, and changes nothing', () => {
    const { board, at } = boardWithZone('participant', false);
    const before = at('n1');
    expect(arrangeZoneBy(board, 'zone', 'author')).toEqual(expect.any(String));
    expect(at('n1')).toEqual(before);
  });
});
