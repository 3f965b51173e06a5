import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TREE_LEVEL_GAP } from '../geometry/layoutTree.js';
import { rectsIntersect } from '../geometry/Rect.js';
import { boardMaps } from '../schema/boardMaps.js';
import type { LinkKind } from '../schema/Link.js';
import type { Note } from '../schema/Note.js';
import { arrangeProblemTree } from './arrangeProblemTree.js';
import { createNote } from './createNote.js';
import { readNotes } from './readNotes.js';
import { syncedPair } from './syncedPair.js';

const ctx = { authorId: 'p-lina', now: 1_700_000_000_000 };

function note(doc: Y.Doc, id: string, x: number, y: number, width = 160, height = 160): void {
  createNote(doc, { id, x, y, width, height }, ctx);
}
function link(doc: Y.Doc, from: string, kind: LinkKind, to: string): void {
  const id = `${from}-${kind}-${to}`;
  boardMaps(doc).links.set(id, { id, from, to, kind });
}
const byId = (doc: Y.Doc): Map<string, Note> => new Map(readNotes(doc).map((n) => [n.id, n]));

function expectNoOverlap(notes: Note[]): void {
  for (let i = 0; i < notes.length; i++) {
    for (let j = i + 1; j < notes.length; j++) expect(rectsIntersect(notes[i]!, notes[j]!), `${notes[i]!.id} × ${notes[j]!.id}`).toBe(false);
  }
}

/** Problem p with causes c1, c2 (c1 has its own cause c11), consequences q1, q2; a second tree p2 ← c21; a loose note. */
function board(doc: Y.Doc): void {
  note(doc, 'p', 1000, 1000, 240, 120);
  note(doc, 'c1', 1000, 1000);
  note(doc, 'c2', 900, 1050, 300, 200);
  note(doc, 'c11', 1100, 950, 100, 80);
  note(doc, 'q1', 1010, 990);
  note(doc, 'q2', 400, 2000);
  note(doc, 'p2', 1200, 1100);
  note(doc, 'c21', 1250, 1100);
  note(doc, 'loose', 1000, 1000);
  link(doc, 'c1', 'cause', 'p');
  link(doc, 'c2', 'cause', 'p');
  link(doc, 'c11', 'cause', 'c1');
  link(doc, 'p', 'consequence', 'q1');
  link(doc, 'p', 'consequence', 'q2');
  link(doc, 'loose', 'plain', 'p');
  link(doc, 'c21', 'cause', 'p2');
}

describe('arrangeProblemTree', () => {
  it('lays the tree out in one change both sides see: problem in place, causes below, consequences above, no overlap', () => {
    const { a, b, updatesFromA } = syncedPair();
    board(a);
    const before = byId(b);
    const sent = updatesFromA.length;
    const result = arrangeProblemTree(a, 'c11', ctx.now + 1)!;
    expect(updatesFromA.length - sent).toBe(1);
    expect(result.problem).toBe('p');
    const after = byId(b);
    expect(readNotes(a)).toEqual(readNotes(b));
    const p = after.get('p')!;
    expect([p.x, p.y]).toEqual([before.get('p')!.x, before.get('p')!.y]);
    for (const id of ['c1', 'c2']) expect(after.get(id)!.y).toBe(p.y + p.height + TREE_LEVEL_GAP);
    expect(after.get('c11')!.y).toBeGreaterThanOrEqual(after.get('c1')!.y + after.get('c1')!.height + TREE_LEVEL_GAP);
    for (const id of ['q1', 'q2']) expect(after.get(id)!.y + after.get(id)!.height).toBe(p.y - TREE_LEVEL_GAP);
    expectNoOverlap(['p', 'c1', 'c2', 'c11', 'q1', 'q2'].map((id) => after.get(id)!));
    // the order on the board is kept: q2 was left of q1, c2 left of c1
    expect(after.get('q2')!.x).toBeLessThan(after.get('q1')!.x);
    expect(after.get('c2')!.x).toBeLessThan(after.get('c1')!.x);
    for (const id of ['p2', 'c21', 'loose']) expect(after.get(id), id).toEqual(before.get(id));
    expect(result.moved.map((m) => m.id).sort()).toEqual(['c1', 'c11', 'c2', 'q1', 'q2']);
    for (const m of result.moved) {
      expect(m.from).toEqual({ x: before.get(m.id)!.x, y: before.get(m.id)!.y });
      expect(m.to).toEqual({ x: after.get(m.id)!.x, y: after.get(m.id)!.y });
    }
  });

  it('gives the same layout from any note of the tree, and a tidy tree is left alone', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    board(one);
    board(two);
    arrangeProblemTree(one, 'q2', ctx.now + 1);
    arrangeProblemTree(two, 'p', ctx.now + 1);
    expect(readNotes(one)).toEqual(readNotes(two));
    let changes = 0;
    one.on('update', () => changes++);
    expect(arrangeProblemTree(one, 'c1', ctx.now + 2)!.moved).toEqual([]);
    expect(changes).toBe(0);
  });

  it('arranging one tree of the board leaves the other where it is', () => {
    const doc = new Y.Doc();
    board(doc);
    const before = byId(doc);
    arrangeProblemTree(doc, 'c21', ctx.now + 1);
    const after = byId(doc);
    for (const id of ['p', 'c1', 'c2', 'c11', 'q1', 'q2', 'loose', 'p2']) expect(after.get(id), id).toEqual(before.get(id));
    expect(after.get('c21')!.y).toBe(after.get('p2')!.y + 160 + TREE_LEVEL_GAP);
  });

  it('lays out a tree of 200 notes of varied sizes, with a cycle and a note linked twice, without overlap', () => {
    const { a, b } = syncedPair();
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    note(a, 'n0', 0, 0);
    for (let i = 1; i < 200; i++) {
      note(a, `n${i}`, Math.round(rnd() * 3000), Math.round(rnd() * 3000), 60 + Math.round(rnd() * 300), 60 + Math.round(rnd() * 200));
      const parent = `n${Math.floor(rnd() * i)}`;
      if (rnd() < 0.7) link(a, `n${i}`, 'cause', parent);
      else link(a, parent, 'consequence', `n${i}`);
    }
    link(a, 'n3', 'cause', 'n4'); // with n4 → n3 below, a cycle
    link(a, 'n4', 'cause', 'n3');
    link(a, 'n150', 'cause', 'n2'); // a second way to the problem
    link(a, 'n150', 'plain', 'n0');
    const result = arrangeProblemTree(a, 'n150', ctx.now + 1)!;
    expect(result.problem).toBe('n0');
    const notes = readNotes(b);
    expect(notes.length).toBe(200);
    expectNoOverlap(notes);
    expect(result.moved.length).toBeGreaterThan(150);
  });

  it('returns null for a note that does not exist', () => {
    expect(arrangeProblemTree(new Y.Doc(), 'nope', ctx.now)).toBeNull();
  });
});
