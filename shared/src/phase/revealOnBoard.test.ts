import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rectsIntersect, type Rect } from '../geometry/Rect.js';
import { applyTemplate } from '../ops/applyTemplate.js';
import { readNotes } from '../ops/readNotes.js';
import { boardMaps } from '../schema/boardMaps.js';
import { frameHoldsNote, parseFrame } from '../schema/Frame.js';
import { noteType, type Note } from '../schema/Note.js';
import { brainstorm3123 } from '../templates/brainstorm3123.js';
import { revealOnBoard, writingZone } from './revealOnBoard.js';

const NOW = 1_800_000_000_000;

function draft(id: string, authorId: string, createdAt: number): Note {
  return { id, text: `Idée ${id}`, color: 'blue', x: 5, y: 5, width: 160, height: 160, authorId, createdAt, updatedAt: createdAt };
}

function expectNoOverlap(rects: readonly Rect[]): void {
  rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(rectsIntersect(a, b), `${JSON.stringify(a)} over ${JSON.stringify(b)}`).toBe(false)));
}

let ids = 0;
const newId = (): string => `t${++ids}`;

describe('revealOnBoard', () => {
  it('writes every draft into the « Idées individuelles » zone, grown to hold them, and nothing again the second time', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, brainstorm3123, { authorId: 'fac', now: NOW, newId });
    const zone = writingZone(doc)!;
    expect(zone.title).toMatch(/^Idées individuelles/);
    const drafts = Array.from({ length: 100 }, (_, i) => draft(`d${i}`, `p${i % 10}`, NOW - 10_000 + i));

    const first = revealOnBoard(doc, drafts, { order: 'author', now: NOW });
    expect(first.written).toHaveLength(100);
    const notes = readNotes(doc);
    expect(notes).toHaveLength(100);
    for (const note of notes) {
      expect(noteType.validate(note.id, boardMaps(doc).notes.get(note.id))).not.toBeNull();
      const source = drafts.find((d) => d.id === note.id)!;
      expect(note).toMatchObject({ text: source.text, color: source.color, width: 160, height: 160, authorId: source.authorId, createdAt: source.createdAt, updatedAt: NOW });
    }
    expectNoOverlap(notes);
    const grown = parseFrame(boardMaps(doc).frames.get(zone.id))!;
    expect(grown.height).toBeGreaterThan(zone.height);
    expect({ x: grown.x, y: grown.y, width: grown.width }).toEqual({ x: zone.x, y: zone.y, width: zone.width });
    for (const note of notes) expect(frameHoldsNote(grown, note)).toBe(true);

    const again = revealOnBoard(doc, drafts, { order: 'author', now: NOW + 1 });
    expect(again.written).toEqual([]);
    expect(again.onBoard).toHaveLength(100);
    expect(readNotes(doc)).toEqual(notes);
  });

  it('never overwrites another’s note holding a draft’s id: the draft takes another id, once', () => {
    const doc = new Y.Doc();
    const marcs: Note = { ...draft('shared-id', 'marc', NOW - 5), text: 'La note de Marc' };
    boardMaps(doc).notes.set(marcs.id, marcs);
    const linas = draft('shared-id', 'lina', NOW - 1);
    const first = revealOnBoard(doc, [linas], { order: 'author', now: NOW });
    expect(first.written.map((n) => n.id)).toEqual(['shared-id_r1']);
    expect(first.onBoard).toEqual([linas]);
    expect(boardMaps(doc).notes.get('shared-id')).toEqual(marcs);
    expect(boardMaps(doc).notes.get('shared-id_r1')).toMatchObject({ text: linas.text, authorId: 'lina' });
    const again = revealOnBoard(doc, [linas], { order: 'author', now: NOW + 1 });
    expect(again).toMatchObject({ written: [], onBoard: [linas] });
    expect(readNotes(doc)).toHaveLength(2);
    // two people's drafts under one id: both go on the board
    const twins = revealOnBoard(doc, [draft('twin', 'lina', NOW), draft('twin', 'sami', NOW)], { order: 'author', now: NOW });
    expect(twins.written.map((n) => [n.id, n.authorId])).toEqual([
      ['twin', 'lina'],
      ['twin_r1', 'sami'],
    ]);
  });

  it('without such a zone, lays the drafts out beside what the board holds, covering nothing', () => {
    const doc = new Y.Doc();
    const existing: Note = { ...draft('old', 'fac', NOW - 1), x: 0, y: 0, width: 400, height: 300 };
    boardMaps(doc).notes.set(existing.id, existing);
    const drafts = Array.from({ length: 12 }, (_, i) => draft(`d${i}`, `p${i % 3}`, NOW - 100 + i));
    const result = revealOnBoard(doc, drafts, { order: 'shuffle', now: NOW, random: () => 0.3 });
    expect(result.zone).toBeNull();
    expect(result.written).toHaveLength(12);
    expectNoOverlap(readNotes(doc));
    for (const note of result.written) expect(note.x).toBeGreaterThan(existing.x + existing.width);
  });
});
