import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyTemplate } from '../ops/applyTemplate.js';
import { createNote } from '../ops/createNote.js';
import { readNotes } from '../ops/readNotes.js';
import { frameHoldsNote } from '../schema/Frame.js';
import { rectsIntersect } from '../geometry/Rect.js';
import { brainstorm3123 } from '../templates/brainstorm3123.js';
import { gatherProposals } from './gatherProposals.js';
import { formPairs } from './pairs.js';
import { placePairZones, readFrames } from './pairZones.js';

let n = 0;
const newId = () => `id${++n}`;
const names: Record<string, string> = { a: 'Alice', b: 'Bob', c: 'Chloé', d: 'David', e: 'Élise', f: 'Farid', g: 'Gaëlle', h: 'Hugo', i: 'Inès', j: 'Jules', k: 'Karim' };
const nameOf = (id: string) => names[id] ?? id;

function board(template = true): Y.Doc {
  const doc = new Y.Doc();
  if (template) applyTemplate(doc, brainstorm3123, { authorId: 'fac', now: 1, newId });
  return doc;
}

describe('pair zones', () => {
  it('takes the template’s « Binôme N » zones in order, then adds zones that overlap nothing', () => {
    const doc = board();
    const pairs = placePairZones(doc, formPairs(Object.keys(names)), nameOf, newId);
    const frames = new Map(readFrames(doc).map((f) => [f.id, f]));
    expect(pairs).toHaveLength(5);
    expect(pairs.map((p) => frames.get(p.frameId!)!.title)).toEqual([
      'Binôme 1\u202f: Alice et Bob',
      'Binôme 2\u202f: Chloé et David',
      'Binôme 3\u202f: Élise et Farid',
      'Binôme 4\u202f: Gaëlle et Hugo',
      'Trio 5\u202f: Inès, Jules et Karim',
    ]);
    const all = [...frames.values()];
    for (const f of all) for (const g of all) if (f !== g) expect(rectsIntersect(f, g), `${f.title} / ${g.title}`).toBe(false);
  });

  it('keeps a pair’s zone when placed again, retitling it after a swap, and makes zones on a blank board', () => {
    const doc = board(false);
    const pairs = placePairZones(doc, formPairs(['a', 'b', 'c', 'd']), nameOf, newId);
    const swapped = [{ ...pairs[0]!, members: ['d', 'b'] }, { ...pairs[1]!, members: ['c', 'a'] }];
    const again = placePairZones(doc, swapped, nameOf, newId);
    expect(again.map((p) => p.frameId)).toEqual(pairs.map((p) => p.frameId));
    expect(readFrames(doc).map((f) => f.title).sort()).toEqual(['Binôme 1\u202f: David et Bob', 'Binôme 2\u202f: Chloé et Alice']);
  });
});

describe('gathering the proposals', () => {
  it('moves the notes of the pairs’ zones into the clustering zone, below its notes, without overlap', () => {
    const doc = board();
    const pairs = placePairZones(doc, formPairs(['a', 'b', 'c', 'd']), nameOf, newId);
    const frames = readFrames(doc);
    const zone = (id: string) => frames.find((f) => f.id === id)!;
    const clustering = frames.find((f) => f.title.startsWith('Regroupement'))!;
    const ctx = { authorId: 'a', now: 1 };
    for (const [i, p] of pairs.entries()) for (let k = 0; k < 7; k++) createNote(doc, { id: `n${i}-${k}`, text: `idée ${k}`, x: zone(p.frameId!).x + 120 + k * 10, y: zone(p.frameId!).y + 200 + k * 10 }, ctx);
    createNote(doc, { id: 'already', text: 'déjà là', x: clustering.x + 200, y: clustering.y + 250 }, ctx);
    createNote(doc, { id: 'elsewhere', text: 'ailleurs', x: -3000, y: -3000 }, ctx);
    expect(gatherProposals(doc, pairs, 2, newId)).toEqual({ moved: 14, zoneId: clustering.id });
    const grown = readFrames(doc).find((f) => f.id === clustering.id)!;
    const notes = readNotes(doc);
    const moved = notes.filter((n) => n.id.startsWith('n'));
    expect(moved.every((n) => frameHoldsNote(grown, n))).toBe(true);
    const placed = notes.filter((n) => n.id !== 'elsewhere');
    for (const a of placed) for (const b of placed) if (a !== b) expect(rectsIntersect(a, b), `${a.id} / ${b.id}`).toBe(false);
    expect(notes.find((n) => n.id === 'elsewhere')).toMatchObject({ x: -3080, y: -3080 });
    expect(gatherProposals(doc, pairs, 3, newId)).toEqual({ moved: 0, zoneId: clustering.id });
  });
});
