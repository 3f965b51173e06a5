import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createFrame } from '../ops/createFrame.js';
import { createNote } from '../ops/createNote.js';
import { groupNotes } from '../ops/groupNotes.js';
import { setCategories } from '../ops/setCategories.js';
import { updateNote } from '../ops/updateNotes.js';
import { writeWorkshop } from '../schema/workshopMaps.js';
import { buildWorkshopReport } from './buildWorkshopReport.js';
import { noteRows } from './noteRows.js';

function report(anonymous: boolean) {
  const workshop = new Y.Doc();
  writeWorkshop(workshop, {
    rooms: [
      { id: 'plen', name: 'Plénière', plenary: true, color: '#444444', position: 0 },
      { id: 'r1', name: 'Salle Nord', plenary: false, color: '#3366cc', position: 1 },
    ],
    settings: { title: 'Atelier', anonymous },
    votes: [
      {
        voteId: 'v1',
        number: 1,
        roomIds: ['r1'],
        scope: { kind: 'board' },
        dotsPerPerson: 3,
        maxPerNote: 2,
        anonymous: true,
        resultsVisible: 'after',
        durationSeconds: null,
        status: 'closed',
        openedAt: 10,
        openedBy: 'fac',
        closedAt: 20,
        votedByRoom: { r1: 2 },
        results: [{ noteId: 'b', roomId: 'r1', count: 2 }],
        turnout: { voted: 2, eligible: 2 },
        byRoom: [{ roomId: 'r1', voted: 2, eligible: 2, dots: 2 }],
        copies: {},
        votersShared: false,
      },
    ],
  });
  const nord = new Y.Doc();
  createFrame(nord, { id: 'z', title: 'Besoins', x: 0, y: 0, width: 1000, height: 500, color: 'yellow' });
  // drawn c, b, a; read a, b (first line), then c
  createNote(nord, { id: 'c', x: 200, y: 1200, text: 'hors de tout' }, { authorId: 'amina', now: 1 });
  createNote(nord, { id: 'b', x: 2000, y: 250, text: 'groupée seulement' }, { authorId: 'bruno', now: 2 });
  createNote(nord, { id: 'a', x: 200, y: 250, text: 'dans la zone' }, { authorId: 'amina', now: 3 });
  groupNotes(nord, { id: 'g', title: 'Mobilité', noteIds: ['b', 'a'] }, 4);
  setCategories(nord, [{ id: 'cat', name: 'Quartier Nord', color: 'blue' }]);
  updateNote(nord, 'c', { categoryId: 'cat', color: 'pink' }, 5);
  const plen = new Y.Doc();
  createNote(plen, { id: 'a', x: 0, y: 0, text: 'en plénière' }, { authorId: 'fac', now: 6 });
  return buildWorkshopReport({
    workshop,
    boards: new Map([['r1', nord], ['plen', plen]]),
    roomIds: ['plen', 'r1'],
    authors: { amina: 'Amina', bruno: 'Bruno', fac: 'Fatou' },
    participants: 2,
    createdAt: 0,
    now: 100,
  });
}

describe('note rows for the CSV', () => {
  it('lists every note once, room by room in reading order, with its zone, cluster, category, dots and author', () => {
    const rows = noteRows(report(false));
    expect(rows.map((r) => [r.room, r.text, r.zone, r.cluster, r.category, r.color, r.votes, r.author])).toEqual([
      ['Plénière', 'en plénière', '', '', '', 'yellow', 0, 'Fatou'],
      ['Salle Nord', 'dans la zone', 'Besoins', 'Mobilité', '', 'yellow', 0, 'Amina'],
      ['Salle Nord', 'groupée seulement', '', 'Mobilité', '', 'yellow', 2, 'Bruno'],
      ['Salle Nord', 'hors de tout', '', '', 'Quartier Nord', 'pink', 0, 'Amina'],
    ]);
    expect(rows.map((r) => r.createdAt)).toEqual([6, 3, 2, 1]);
  });

  it('leaves the author empty when the workshop is anonymous', () => {
    const rows = noteRows(report(true));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.author)).toEqual(['', '', '', '']);
  });
});
