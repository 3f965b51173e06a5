import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_TEMPLATES } from '../templates/boardTemplates.js';
import { applyTemplate } from './applyTemplate.js';
import { rectsIntersect } from '../geometry/Rect.js';
import { boardMaps } from '../schema/boardMaps.js';
import { NOTE_DEFAULT_SIZE, type Note } from '../schema/Note.js';
import { addLinkedNote } from './addLinkedNote.js';
import { arrangeProblemTree } from './arrangeProblemTree.js';
import { createNote } from './createNote.js';
import { readNotes } from './readNotes.js';
import { readProblemTree } from './readProblemTree.js';
import { syncedPair } from './syncedPair.js';

const ctx = { authorId: 'p-lina', now: 1_700_000_000_000 };
const get = (notes: Note[], id: string): Note => notes.find((n) => n.id === id)!;

function expectNoOverlap(notes: Note[]): void {
  for (let i = 0; i < notes.length; i++) {
    for (let j = i + 1; j < notes.length; j++) expect(rectsIntersect(notes[i]!, notes[j]!), `${notes[i]!.id} × ${notes[j]!.id}`).toBe(false);
  }
}

describe('addLinkedNote', () => {
  it('adds a cause below its parent and a consequence above, each linked, each in one change', () => {
    const { a, b, updatesFromA } = syncedPair();
    createNote(a, { id: 'p', x: 500, y: 500, width: 240, height: 120, color: 'pink' }, ctx);
    const sent = updatesFromA.length;
    const cause = addLinkedNote(a, { fromNoteId: 'p', kind: 'cause', id: 'c', linkId: 'lc', text: 'Pas de bus' }, ctx)!;
    const consequence = addLinkedNote(a, { fromNoteId: 'p', kind: 'consequence', id: 'q', linkId: 'lq', color: 'green' }, ctx)!;
    expect(updatesFromA.length - sent).toBe(2);
    expect(boardMaps(b).links.get('lc')).toEqual({ id: 'lc', from: 'c', to: 'p', kind: 'cause' });
    expect(boardMaps(b).links.get('lq')).toEqual({ id: 'lq', from: 'p', to: 'q', kind: 'consequence' });
    const notes = readNotes(b);
    const [p, c, q] = ['p', 'c', 'q'].map((id) => get(notes, id));
    expect(c).toEqual(cause.note);
    expect(q).toEqual(consequence.note);
    expect(c!.text).toBe('Pas de bus');
    expect(c!.color).toBe('pink'); // the parent's colour unless one is given
    expect(q!.color).toBe('green');
    expect(c!.y).toBeGreaterThan(p!.y + p!.height);
    expect(q!.y + q!.height).toBeLessThan(p!.y);
    // centred on the parent
    expect(c!.x + c!.width / 2).toBe(p!.x + p!.width / 2);
    expect(readProblemTree(b, 'c')!.ids).toEqual(['p', 'c', 'q']);
  });

  it('lays several causes side by side in the row below, around notes already there, never covering one', () => {
    const { a, b } = syncedPair();
    createNote(a, { id: 'p', x: 0, y: 0 }, ctx);
    createNote(a, { id: 'in-the-way', x: 0, y: 260 }, ctx);
    for (let i = 0; i < 6; i++) addLinkedNote(a, { fromNoteId: 'p', kind: 'cause', id: `c${i}`, linkId: `l${i}` }, ctx);
    const notes = readNotes(b);
    expectNoOverlap(notes);
    const causes = notes.filter((n) => n.id.startsWith('c'));
    for (const c of causes) expect(c.y).toBe(get(notes, 'p').y + NOTE_DEFAULT_SIZE + 64);
    expect(get(notes, 'c0').x, 'the first goes right of the note in the way').toBeGreaterThan(get(notes, 'in-the-way').x);
  });

  it('goes further down when the row is full, still below its parent', () => {
    const doc = syncedPair().a;
    createNote(doc, { id: 'p', x: 0, y: 0 }, ctx);
    // a wall of wide notes across the whole first row
    createNote(doc, { id: 'wall', x: 0, y: 260, width: 1200, height: 160 }, ctx);
    createNote(doc, { id: 'wall-left', x: -1200, y: 260, width: 1200, height: 160 }, ctx);
    createNote(doc, { id: 'wall-right', x: 1200, y: 260, width: 1200, height: 160 }, ctx);
    const { note } = addLinkedNote(doc, { fromNoteId: 'p', kind: 'cause', id: 'c', linkId: 'l' }, ctx)!;
    expectNoOverlap(readNotes(doc));
    expect(note.y).toBeGreaterThan(340);
  });

  it('does nothing when the parent is gone or an id is already taken', () => {
    const { a, updatesFromA } = syncedPair();
    expect(addLinkedNote(a, { fromNoteId: 'gone', kind: 'cause', id: 'c', linkId: 'l' }, ctx)).toBeNull();
    expect(updatesFromA).toEqual([]);
    createNote(a, { id: 'p', x: 0, y: 0, text: 'Problème' }, ctx);
    addLinkedNote(a, { fromNoteId: 'p', kind: 'cause', id: 'c', linkId: 'l' }, ctx);
    const sent = updatesFromA.length;
    expect(addLinkedNote(a, { fromNoteId: 'p', kind: 'cause', id: 'p', linkId: 'l2' }, ctx)).toBeNull();
    expect(addLinkedNote(a, { fromNoteId: 'p', kind: 'consequence', id: 'q', linkId: 'l' }, ctx)).toBeNull();
    expect(updatesFromA.length).toBe(sent);
    expect(get(readNotes(a), 'p').text).toBe('Problème');
  });

  it('notes added then « Réorganiser »: the tree is tidy and nothing overlaps', () => {
    const { a, b } = syncedPair();
    createNote(a, { id: 'p', x: 0, y: 0 }, ctx);
    for (let i = 0; i < 4; i++) addLinkedNote(a, { fromNoteId: 'p', kind: 'cause', id: `c${i}`, linkId: `lc${i}` }, ctx);
    addLinkedNote(a, { fromNoteId: 'c1', kind: 'cause', id: 'c11', linkId: 'lc11' }, ctx);
    for (let i = 0; i < 3; i++) addLinkedNote(a, { fromNoteId: 'p', kind: 'consequence', id: `q${i}`, linkId: `lq${i}` }, ctx);
    arrangeProblemTree(a, 'c11', ctx.now + 1);
    const notes = readNotes(b);
    expectNoOverlap(notes);
    expect(get(notes, 'c11').y).toBeGreaterThan(get(notes, 'c1').y);
  });
});

describe('on the « arbre-a-problemes » template', () => {
  it('puts the first cause inside « Causes (racines) » and the first consequence inside « Conséquences (branches) », clear of their titles', () => {
    const doc = new Y.Doc();
    let n = 0;
    applyTemplate(doc, BOARD_TEMPLATES.find((t) => t.id === 'arbre-a-problemes')!, { authorId: 'ana', now: 1, newId: () => `id${n++}` });
    const maps = boardMaps(doc);
    const problem = [...maps.notes.values()][0]!;
    const zones = [...maps.frames.values()];
    const cause = addLinkedNote(doc, { fromNoteId: problem.id, kind: 'cause', id: 'c1', linkId: 'l1' }, { authorId: 'lina', now: 2 })!.note;
    const consequence = addLinkedNote(doc, { fromNoteId: problem.id, kind: 'consequence', id: 'q1', linkId: 'l2' }, { authorId: 'lina', now: 2 })!.note;
    const roots = zones.find((z) => z.title.startsWith('Causes'))!;
    const branches = zones.find((z) => z.title.startsWith('Conséquences'))!;
    // the title band is at most 48 board units tall at 100 % (zoneStyle's 24 px title and its padding)
    expect(cause.y).toBeGreaterThanOrEqual(roots.y + 48);
    expect(cause.y + cause.height).toBeLessThanOrEqual(roots.y + roots.height);
    expect(consequence.y).toBeGreaterThanOrEqual(branches.y + 48);
    expect(consequence.y + consequence.height).toBeLessThanOrEqual(branches.y + branches.height);
  });
});
