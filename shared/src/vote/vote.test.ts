import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyTemplate } from '../ops/applyTemplate.js';
import { createNote } from '../ops/createNote.js';
import { readNotes } from '../ops/readNotes.js';
import { rectsIntersect } from '../geometry/Rect.js';
import { readFrames } from '../runner/pairZones.js';
import { frameHoldsNote } from '../schema/Frame.js';
import { isPriorityNeedsZone } from '../templates/priorityNeeds.js';
import { carteDesBesoins } from '../templates/carteDesBesoins.js';
import { keepInZone } from './keepInZone.js';
import { pickTop, rankResults, roundCounts } from './rankResults.js';
import { tally, turnoutOf, votedByRoom } from './tally.js';
import { noteInVoteScope } from './voteScope.js';

let n = 0;
const newId = () => `id${++n}`;
const ctx = { authorId: 'amina', now: 1 };
const r = (noteId: string, count: number, roomId = 'r1') => ({ noteId, roomId, count });

describe('ranking and keeping the best', () => {
  it('ranks best first with ties sharing their rank', () => {
    expect(rankResults([r('c', 2), r('a', 5), r('b', 2), r('d', 1)]).map((x) => [x.noteId, x.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('keeps the top N, and names the notes tied at the boundary with the places left', () => {
    const ranked = rankResults([r('a', 5), r('b', 4), r('c', 4), r('d', 4), r('e', 2)]);
    const pick = pickTop(ranked, 3);
    expect(pick.kept.map((x) => x.noteId)).toEqual(['a']);
    expect(pick.tied.map((x) => x.noteId)).toEqual(['b', 'c', 'd']);
    expect(pick.placesLeft).toBe(2);
    expect(pickTop(ranked, 4).tied.map((x) => x.noteId)).toEqual([]);
    expect(pickTop(ranked, 4).kept).toHaveLength(4);
    expect(pickTop(rankResults([r('a', 1), r('b', 0)]), 3).kept.map((x) => x.noteId)).toEqual(['a']);
  });

  it('shows a copy the count of the note it copies', () => {
    expect(roundCounts({ results: [r('a', 3)], copies: { copyA: 'a', copyX: 'x' } })).toEqual(new Map([['a', 3], ['copyA', 3]]));
  });
});

describe('scope and « Garder »', () => {
  function needsMap(): Y.Doc {
    const doc = new Y.Doc();
    applyTemplate(doc, carteDesBesoins, { authorId: 'fac', now: 1, newId });
    return doc;
  }

  it('a zone scope holds the notes whose centre lies in that zone, or in the zone of the same title on another board', () => {
    const doc = needsMap();
    const [zone, other] = readFrames(doc);
    const inside = createNote(doc, { id: 'in', x: zone!.x + zone!.width / 2, y: zone!.y + zone!.height / 2 }, ctx);
    const outside = createNote(doc, { id: 'out', x: other!.x + other!.width / 2, y: other!.y + other!.height / 2 }, ctx);
    const scope = { kind: 'frame' as const, frameId: 'another-rooms-id', title: zone!.title.toUpperCase() };
    expect(noteInVoteScope(scope, inside, readFrames(doc))).toBe(true);
    expect(noteInVoteScope(scope, outside, readFrames(doc))).toBe(false);
    expect(noteInVoteScope({ kind: 'frame', frameId: 'none', title: 'Aucune zone' }, inside, readFrames(doc))).toBe(false);
    expect(noteInVoteScope({ kind: 'notes', noteIds: ['out'] }, outside, [])).toBe(true);
    expect(noteInVoteScope({ kind: 'group', groupId: 'g' }, { ...inside, groupId: 'g' }, [])).toBe(true);
    expect(noteInVoteScope({ kind: 'group', groupId: 'g' }, inside, [])).toBe(false);
  });

  it('copies the kept notes into « 3 besoins prioritaires » in rank order, below what it holds, overlapping nothing', () => {
    const doc = needsMap();
    const priorities = readFrames(doc).find(isPriorityNeedsZone)!;
    createNote(doc, { id: 'there', text: 'déjà là', x: priorities.x + 200, y: priorities.y + 200 }, ctx);
    for (const id of ['a', 'b', 'c', 'd']) createNote(doc, { id, text: `besoin ${id}`, x: -4000 + id.charCodeAt(0) * 200, y: -4000 }, ctx);
    const kept = keepInZone(doc, { noteIds: ['c', 'a', 'b', 'gone'], mode: 'copy', newZoneTitle: 'Priorités — vote 1', now: 5, newId })!;
    expect(kept.frameId).toBe(priorities.id);
    expect(kept.count).toBe(3);
    const notes = readNotes(doc);
    const copies = Object.entries(kept.copies).map(([copy, original]) => ({ copy: notes.find((x) => x.id === copy)!, original }));
    expect(copies.map((c) => [c.original, c.copy.text])).toEqual([
      ['c', 'besoin c'],
      ['a', 'besoin a'],
      ['b', 'besoin b'],
    ]);
    const zone = readFrames(doc).find((f) => f.id === priorities.id)!;
    for (const { copy } of copies) expect(frameHoldsNote(zone, copy)).toBe(true);
    const inZone = notes.filter((x) => frameHoldsNote(zone, x));
    for (const a of inZone) for (const b of inZone) if (a !== b) expect(rectsIntersect(a, b), `${a.id} over ${b.id}`).toBe(false);
    // the originals stay where they were
    expect(notes.find((x) => x.id === 'a')!.y).toBe(-4000 - 80);
  });

  it('moves them instead when asked, and makes a zone beside the board when it has none to fill', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'a', x: 0, y: 0 }, ctx);
    createNote(doc, { id: 'b', x: 300, y: 0 }, ctx);
    const kept = keepInZone(doc, { noteIds: ['b', 'a'], mode: 'move', newZoneTitle: 'Priorités — vote 2', now: 5, newId })!;
    const zone = readFrames(doc).find((f) => f.id === kept.frameId)!;
    expect(zone.title).toBe('Priorités — vote 2');
    expect(kept.copies).toEqual({});
    expect(readNotes(doc).every((x) => frameHoldsNote(zone, x))).toBe(true);
    expect(keepInZone(doc, { noteIds: ['gone'], mode: 'move', newZoneTitle: 'x', now: 5, newId })).toBeNull();
  });
});

describe('tallies and turnout', () => {
  const dot = (participantId: string, roomId: string, noteId: string, count = 1) => ({ participantId, roomId, noteId, count });
  const dots = [dot('lina', 'r1', 'a'), dot('marc', 'r1', 'a', 2), dot('marc', 'r1', 'b'), dot('omar', 'r2', 'a'), dot('omar', 'r2', 'c')];

  it('counts a room’s note apart from another room’s note of the same id, best first', () => {
    expect(tally(dots)).toEqual([
      { noteId: 'a', roomId: 'r1', count: 3 },
      { noteId: 'b', roomId: 'r1', count: 1 },
      { noteId: 'a', roomId: 'r2', count: 1 },
      { noteId: 'c', roomId: 'r2', count: 1 },
    ]);
    expect(votedByRoom(dots)).toEqual({ r1: 2, r2: 1 });
  });

  it('counts as eligible the participants of the round’s rooms and anyone who voted there', () => {
    const people = [
      { id: 'lina', roomId: 'r1' },
      { id: 'marc', roomId: 'r1' },
      { id: 'nour', roomId: 'r1' },
      // moved to another room after voting in r2
      { id: 'omar', roomId: 'r3' },
    ];
    expect(turnoutOf(['r1', 'r2'], dots, people)).toEqual({
      turnout: { voted: 3, eligible: 4 },
      byRoom: [
        { roomId: 'r1', voted: 2, eligible: 3, dots: 4 },
        { roomId: 'r2', voted: 1, eligible: 1, dots: 2 },
      ],
    });
  });
});
