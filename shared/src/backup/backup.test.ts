import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createFrame } from '../ops/createFrame.js';
import { createLink } from '../ops/createLink.js';
import { createNote } from '../ops/createNote.js';
import { groupNotes } from '../ops/groupNotes.js';
import { createLabel } from '../ops/labelOps.js';
import { setCategories } from '../ops/setCategories.js';
import { BOARD_POLICY_KEY, SCHEMA_VERSION_KEY } from '../schema/BoardMeta.js';
import { boardMaps, SCHEMA_VERSION } from '../schema/boardMaps.js';
import { parseWorkshopBackup } from './parseWorkshopBackup.js';
import { readBoardBackup } from './readBoardBackup.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type WorkshopBackup } from './WorkshopBackup.js';
import { writeBoardBackup } from './writeBoardBackup.js';

const ctx = { authorId: 'amina', now: Date.UTC(2026, 11, 4) };

function board(): Y.Doc {
  const doc = new Y.Doc();
  createFrame(doc, { id: 'z1', title: 'Mobilité « douce »', x: 0, y: 0, width: 800, height: 600 });
  createNote(doc, { id: 'n2', text: 'Navette solidaire entre les hameaux', x: 40, y: 40 }, ctx);
  createNote(doc, { id: 'n1', text: 'Covoiturage\nvers le marché', x: 260, y: 40, color: 'blue' }, ctx);
  createLink(doc, { id: 'l1', from: 'n1', to: 'n2', kind: 'cause' });
  groupNotes(doc, { id: 'g1', title: 'Transports', noteIds: ['n1', 'n2'] }, ctx.now);
  createLabel(doc, { id: 'h1', text: 'Question : comment se déplacer ?', x: 0, y: -120 });
  setCategories(doc, [{ id: 'c1', name: 'Jeunes', color: 'green' }]);
  boardMaps(doc).meta.set(BOARD_POLICY_KEY, { locked: false, editAll: true, moveAll: true });
  return doc;
}

function backupOf(doc: Y.Doc): WorkshopBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: ctx.now,
    workshop: { title: 'Atelier', createdAt: ctx.now, participants: 1, assignment: 'balanced', plenaryOpen: false, anonymous: false, observersExport: false, template: null },
    rooms: [{ id: 'plen', name: 'Plénière', plenary: true, color: '#374151', position: 0, archived: false, board: readBoardBackup(doc) }],
    people: [{ id: 'amina', name: 'Amina', role: 'participant' }],
    votes: [],
  };
}

/** The backup as a foreign tool would send it: plain JSON, then changed by `edit`. */
function edited(edit: (b: any) => void): unknown {
  const b = JSON.parse(JSON.stringify(backupOf(board())));
  edit(b);
  return b;
}

function problem(value: unknown): string {
  const reading = parseWorkshopBackup(value);
  if (reading.ok) throw new Error('the file was accepted');
  return reading.problem;
}

describe('the board in a backup', () => {
  it('is every entry sorted by id, and writing it into an empty board gives the same board back', () => {
    const read = readBoardBackup(board());
    expect(read.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(read.meta).toEqual({ categories: [{ id: 'c1', name: 'Jeunes', color: 'green' }], policy: { locked: false, editAll: true, moveAll: true } });
    const copy = new Y.Doc();
    writeBoardBackup(copy, read);
    expect(readBoardBackup(copy)).toEqual(read);
    expect(boardMaps(copy).meta.get(SCHEMA_VERSION_KEY)).toBe(SCHEMA_VERSION);
  });

  it('leaves out a link whose note is gone, and an entry filed under another id', () => {
    const doc = board();
    boardMaps(doc).notes.delete('n2');
    boardMaps(doc).frames.set('other', { ...boardMaps(doc).frames.get('z1')!, id: 'z1' });
    const read = readBoardBackup(doc);
    expect(read.links).toEqual([]);
    expect(read.frames.map((f) => f.id)).toEqual(['z1']);
  });
});

describe('reading a backup file', () => {
  it('accepts what an export writes', () => {
    const reading = parseWorkshopBackup(JSON.parse(JSON.stringify(backupOf(board()))));
    expect(reading.ok && reading.backup.rooms[0]!.board.notes).toHaveLength(2);
  });

  it('names what is wrong, by its place in the file', () => {
    expect(problem([])).toMatch(/not a JSON object/);
    expect(problem({ hello: 1 })).toMatch(/not an Essaim workshop backup/);
    expect(problem(edited((b) => (b.version = 2)))).toMatch(/newer Essaim \(version 2\)/);
    expect(problem(edited((b) => (b.extra = true)))).toMatch(/extra/);
    expect(problem(edited((b) => (b.rooms[0].board.notes[0].text = 'x'.repeat(2001))))).toMatch(/^rooms\[0\]\.board\.notes\[0\] \(id "n1"\): not a valid note/);
    expect(problem(edited((b) => (b.rooms[0].board.notes[1].color = 'fuchsia')))).toMatch(/rooms\[0\]\.board\.notes\[1\] \(id "n2"\)/);
    expect(problem(edited((b) => (b.rooms[0].board.notes[1].id = 'n1')))).toMatch(/the id "n1" appears twice among the notes/);
    expect(problem(edited((b) => (b.rooms[0].board.links[0].to = 'ghost')))).toMatch(/links\[0\] \(id "l1"\): its end "ghost" is not a note/);
    expect(problem(edited((b) => b.rooms.push({ ...b.rooms[0], id: 'plen2' })))).toMatch(/exactly one plenary; this file has 2/);
    expect(problem(edited((b) => (b.rooms[0].board.meta.schemaVersion = 3)))).toMatch(/meta\.schemaVersion: unknown setting/);
    expect(problem(edited((b) => (b.workshop.title = '')))).toMatch(/^workshop\.title/);
    expect(problem(edited((b) => (b.rooms[0].archived = true)))).toMatch(/the plenary cannot be a removed room/);
    expect(problem(edited((b) => delete b.rooms[0].archived))).toMatch(/^rooms\[0\]\.archived/);
  });

  it('refuses a round naming a room the file has not, and a dot in a room outside its round', () => {
    const round = {
      number: 1,
      roomIds: ['plen'],
      scope: { kind: 'board' },
      dotsPerPerson: 3,
      maxPerNote: 1,
      anonymous: true,
      resultsVisible: 'after',
      durationSeconds: null,
      status: 'closed',
      openedAt: ctx.now,
      openedBy: 'fac',
      closedAt: ctx.now,
      votedByRoom: { plen: 1 },
      results: [{ noteId: 'n1', roomId: 'plen', count: 1 }],
      turnout: { voted: 1, eligible: 1 },
      byRoom: [{ roomId: 'plen', voted: 1, eligible: 1, dots: 1 }],
      copies: {},
      votersShared: false,
      dots: [{ participantId: 'amina', noteId: 'n1', roomId: 'plen', count: 1 }],
    };
    expect(parseWorkshopBackup(edited((b) => b.votes.push(round))).ok).toBe(true);
    expect(problem(edited((b) => b.votes.push({ ...round, roomIds: ['elsewhere'] })))).toMatch(/votes\[0\]\.roomIds: "elsewhere" is not a room/);
    expect(problem(edited((b) => b.votes.push({ ...round, dots: [{ ...round.dots[0], roomId: 'other' }] })))).toMatch(/votes\[0\]\.dots\[0\]: room "other" did not take part/);
    expect(problem(edited((b) => b.votes.push({ ...round, status: 'maybe' })))).toMatch(/votes\[0\]: not a valid vote round/);
  });
});
