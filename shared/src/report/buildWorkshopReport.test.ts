import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createFrame } from '../ops/createFrame.js';
import { createLink } from '../ops/createLink.js';
import { createNote } from '../ops/createNote.js';
import { deleteNotes } from '../ops/deleteNotes.js';
import { groupNotes } from '../ops/groupNotes.js';
import { createLabel } from '../ops/labelOps.js';
import { setCategories } from '../ops/setCategories.js';
import { updateNote } from '../ops/updateNotes.js';
import { parseVoteRound, type VoteRound } from '../schema/VoteRound.js';
import { readVoteRounds, writeWorkshop, type RoomEntry } from '../schema/workshopMaps.js';
import { buildWorkshopReport, type ReportSource } from './buildWorkshopReport.js';
import type { ReportNote, ReportTreeNode, RoomReport } from './Report.js';

const ROOMS: RoomEntry[] = [
  { id: 'plen', name: 'Plénière', plenary: true, color: '#444444', position: 0 },
  { id: 'r1', name: 'Salle Nord', plenary: false, color: '#3366cc', position: 1 },
  { id: 'r2', name: 'Salle Sud', plenary: false, color: '#cc3366', position: 2 },
];
const AUTHORS = { amina: 'Amina', bruno: 'Bruno' };

/** A note centred on (x, y), by `authorId`, made at `at` (so drawing order differs from reading order). */
const note = (doc: Y.Doc, id: string, x: number, y: number, at: number, authorId = 'amina') =>
  createNote(doc, { id, x, y, text: `idée ${id}` }, { authorId, now: at });

function workshop(settings: { anonymous: boolean }, votes: VoteRound[] = []): Y.Doc {
  const doc = new Y.Doc();
  writeWorkshop(doc, { rooms: ROOMS, settings: { title: 'Atelier mobilité', ...settings }, votes });
  return doc;
}

function round(over: Partial<VoteRound> & Pick<VoteRound, 'voteId' | 'number'>): VoteRound {
  const r: VoteRound = {
    roomIds: ['r1'],
    scope: { kind: 'board' },
    dotsPerPerson: 3,
    maxPerNote: 1,
    anonymous: true,
    resultsVisible: 'after',
    durationSeconds: null,
    status: 'closed',
    openedAt: 1000,
    openedBy: 'fac',
    closedAt: 2000,
    votedByRoom: { r1: 4 },
    results: [],
    turnout: { voted: 4, eligible: 5 },
    byRoom: [{ roomId: 'r1', voted: 4, eligible: 5, dots: 7 }],
    copies: {},
    votersShared: false,
    ...over,
  };
  expect(parseVoteRound(JSON.parse(JSON.stringify(r)))).not.toBeNull();
  return r;
}

/**
 * Salle Nord: zone « Besoins » (0..1000) holding zone « Priorités » (100..500); below, a small
 * zone « Petite » read before the « Large » one it overlaps; a cluster « Mobilité » of one note
 * in « Besoins » and one outside any zone, a cluster « Emplois » drawn first but read later;
 * two loose notes.
 */
function nordBoard(): Y.Doc {
  const doc = new Y.Doc();
  createFrame(doc, { id: 'besoins', title: 'Besoins', x: 0, y: 0, width: 1000, height: 1000, color: 'yellow' });
  createFrame(doc, { id: 'prio', title: 'Priorités', x: 100, y: 100, width: 400, height: 400, color: 'green' });
  note(doc, 'n7', 300, 400, 1); // Priorités, second line
  note(doc, 'n1', 200, 200, 2, 'bruno'); // Priorités, first line
  note(doc, 'n2', 700, 200, 3); // Besoins
  note(doc, 'n3', 800, 700, 4); // Besoins, Mobilité
  note(doc, 'n4', 2000, 200, 5, 'ghost'); // Mobilité, no zone; an author nobody knows
  note(doc, 'n5', 2200, 2000, 6); // loose, read last
  note(doc, 'n6', 3000, 200, 7); // loose, read before n5
  createFrame(doc, { id: 'petite', title: 'Petite', x: 0, y: 3000, width: 300, height: 400 });
  createFrame(doc, { id: 'large', title: 'Large', x: 100, y: 3100, width: 1300, height: 1000 });
  note(doc, 'n8', 200, 3200, 8); // in both: the smaller « Petite »
  groupNotes(doc, { id: 'g3', title: 'Emplois', noteIds: ['n7'] }, 8);
  groupNotes(doc, { id: 'g1', title: 'Mobilité', noteIds: ['n3', 'n4'] }, 8);
  groupNotes(doc, { id: 'g2', title: 'Vide', noteIds: [] }, 8);
  setCategories(doc, [{ id: 'c1', name: 'Quartier Nord', color: 'blue' }]);
  updateNote(doc, 'n1', { categoryId: 'c1' }, 9);
  return doc;
}

function build(anonymous: boolean, votes: VoteRound[] = [], boards = new Map([['r1', nordBoard()]]), roomIds = ['r1']) {
  const source: ReportSource = { workshop: workshop({ anonymous }, votes), boards, roomIds, authors: AUTHORS, participants: 12, createdAt: 100, now: 5000 };
  return buildWorkshopReport(source);
}

const ids = (notes: readonly ReportNote[]): string[] => notes.map((n) => n.id);
const nord = (report: { rooms: RoomReport[] }): RoomReport => report.rooms.find((r) => r.roomId === 'r1')!;

describe('the report sorts each board into zones, clusters and loose notes', () => {
  it('puts each note in its smallest zone, lists clusters with members, the rest loose, all in reading order', () => {
    const room = nord(build(false));
    expect(room.zones.map((z) => [z.title, ids(z.notes)])).toEqual([
      ['Besoins', ['n2', 'n3']],
      ['Priorités', ['n1', 'n7']],
      ['Petite', ['n8']],
      ['Large', []],
    ]);
    // the empty cluster « Vide » is left out
    expect(room.clusters.map((c) => [c.title, ids(c.notes)])).toEqual([
      ['Mobilité', ['n4', 'n3']],
      ['Emplois', ['n7']],
    ]);
    expect(ids(room.loose)).toEqual(['n6', 'n5']);
    // every note lies somewhere, none both loose and sorted, none in two zones
    const inZones = room.zones.flatMap((z) => ids(z.notes));
    const inClusters = room.clusters.flatMap((c) => ids(c.notes));
    expect(new Set(inZones).size).toBe(inZones.length);
    expect(new Set([...inZones, ...inClusters, ...ids(room.loose)])).toEqual(new Set(room.board.notes.map((n) => n.id)));
    expect(ids(room.loose).filter((id) => inZones.includes(id) || inClusters.includes(id))).toEqual([]);
    expect(room.noteCount).toBe(8);
    expect(room.empty).toBe(false);
    // the drawing keeps drawing order (oldest first)
    expect(room.board.notes.map((n) => n.id)).toEqual(['n7', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n8']);
  });

  it('names authors only when the workshop is not anonymous, and names categories', () => {
    const named = nord(build(false));
    const byId = new Map(named.board.notes.map((n) => [n.id, named.zones.flatMap((z) => z.notes).concat(named.clusters.flatMap((c) => c.notes), named.loose).find((r) => r.id === n.id)!]));
    expect(byId.get('n1')).toMatchObject({ author: 'Bruno', category: 'Quartier Nord', text: 'idée n1' });
    expect(byId.get('n2')!.author).toBe('Amina');
    expect(byId.get('n2')!.category).toBeUndefined();
    expect(byId.get('n4')!.author).toBeUndefined(); // nobody knows « ghost »

    const anonymous = build(true);
    expect(anonymous.anonymous).toBe(true);
    const all = nord(anonymous).zones.flatMap((z) => z.notes).concat(nord(anonymous).loose);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((n) => n.author !== undefined)).toEqual([]);
    expect(all.find((n) => n.id === 'n1')!.category).toBe('Quartier Nord');
  });
});

describe('the report shows the dots that may be seen', () => {
  const v1 = round({
    voteId: 'v1',
    number: 1,
    roomIds: ['r1', 'r2'],
    results: [
      { noteId: 'n1', roomId: 'r1', count: 3 },
      { noteId: 'n2', roomId: 'r1', count: 3 },
      { noteId: 'n4', roomId: 'r1', count: 1 },
      { noteId: 'n5', roomId: 'r1', count: 0 },
      { noteId: 'n6', roomId: 'r2', count: 9 }, // another board's note of the same id
    ],
    copies: { copyN1: 'n1' },
  });
  // open, results shown after the close: nothing may be seen
  const v2 = round({ voteId: 'v2', number: 2, status: 'open', closedAt: null, results: null, turnout: null, byRoom: null, votedByRoom: { r1: 3 } });
  // open with live results
  const v3 = round({ voteId: 'v3', number: 3, status: 'open', resultsVisible: 'live', closedAt: null, turnout: null, byRoom: null, results: [{ noteId: 'n2', roomId: 'r1', count: 2 }] });
  // a cluster round, closed last
  const v4 = round({ voteId: 'v4', number: 4, scope: { kind: 'group', groupId: 'g1' }, openedAt: 3000, closedAt: 4000, results: [{ noteId: 'n3', roomId: 'r1', count: 2 }] });
  // a zone round opened in another room: this board's zone of the same title
  const v5 = round({ voteId: 'v5', number: 5, roomIds: ['r2', 'r1'], scope: { kind: 'frame', frameId: 'elsewhere', title: 'PRIORITES' }, status: 'open', closedAt: null, results: null, turnout: null, byRoom: null });
  const v6 = round({ voteId: 'v6', number: 6, roomIds: ['r2'], results: [{ noteId: 'n1', roomId: 'r2', count: 5 }] });

  function votedBoard(): Y.Doc {
    const doc = nordBoard();
    // « Garder »: a copy of n1 kept in « Priorités »
    createNote(doc, { id: 'copyN1', x: 400, y: 200, text: 'idée n1' }, { authorId: 'fac', now: 10 });
    return doc;
  }

  it('counts closed and live rounds of the room, never hidden ones, a kept copy showing its original’s count', () => {
    const report = build(false, [v1, v2, v3, v4, v5, v6], new Map([['r1', votedBoard()]]));
    expect(readVoteRounds(workshop({ anonymous: false }, [v1, v2, v3, v4, v5, v6]))).toHaveLength(6);
    const room = nord(report);
    // n2: 3 (v1) + 2 (v3 live); n1: 3 (v1 only: v6 is another room's); hidden v2 adds nothing
    expect(room.votes).toEqual({ n1: 3, n2: 5, n3: 2, n4: 1, copyN1: 3 });
    const printed = new Map(room.zones.flatMap((z) => z.notes).concat(room.loose, room.clusters.flatMap((c) => c.notes)).map((n) => [n.id, n.votes]));
    expect(Object.fromEntries(printed)).toEqual({ n1: 3, n2: 5, n3: 2, n4: 1, n5: 0, n6: 0, n7: 0, n8: 0, copyN1: 3 });

    expect(room.rounds.map((r) => r.voteId)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    const [r1, r2, r3, r4, r5] = room.rounds;
    expect(r2!.results).toBeNull();
    expect(r2!.turnout).toBeNull();
    expect(r5!.results).toBeNull();
    expect(r3!.results!.map((x) => [x.note.id, x.count, x.rank])).toEqual([['n2', 2, 1]]);
    expect(r1!.turnout).toEqual({ voted: 4, eligible: 5 });
    expect(r4!.scopeTitle).toBe('Mobilité');
    expect(r5!.scopeTitle).toBe('Priorités');
    expect(r1!.scopeTitle).toBeUndefined();
    // the closed rounds, the most recent first; open ones are not priorities
    expect(room.priorities.map((r) => r.voteId)).toEqual(['v4', 'v1']);
  });

  it('ranks a round’s notes with at least one dot, ties sharing their rank', () => {
    const room = nord(build(false, [v1], new Map([['r1', votedBoard()]])));
    expect(room.rounds[0]!.results!.map((x) => [x.note.id, x.count, x.rank])).toEqual([
      ['n1', 3, 1],
      ['n2', 3, 1],
      ['n4', 1, 3],
    ]);
    expect(room.rounds[0]!.results![0]!.note.text).toBe('idée n1');
  });

  it('shows a voted note that is gone through its kept copy', () => {
    const board = votedBoard();
    deleteNotes(board, ['n1']);
    const room = nord(build(false, [v1], new Map([['r1', board]])));
    expect(room.rounds[0]!.results!.map((x) => [x.note.id, x.rank])).toEqual([
      ['copyN1', 1],
      ['n2', 1],
      ['n4', 3],
    ]);
    expect(room.votes).toEqual({ n2: 3, n4: 1, copyN1: 3 });
  });
});

describe('problem trees', () => {
  const outline = (nodes: readonly ReportTreeNode[]): unknown[] => nodes.map((n) => (n.children.length ? { [n.note.id]: outline(n.children) } : n.note.id));

  it('outlines a tree over two levels each side, and a cycle once, without looping', () => {
    const doc = new Y.Doc();
    note(doc, 'P', 500, 500, 1);
    note(doc, 'C1', 300, 800, 2);
    note(doc, 'C2', 700, 800, 3);
    note(doc, 'C1a', 300, 1100, 4);
    note(doc, 'Q1', 500, 200, 5);
    note(doc, 'Q1a', 500, -100, 6);
    createLink(doc, { id: 'l1', from: 'C1', to: 'P', kind: 'cause' });
    createLink(doc, { id: 'l2', from: 'C2', to: 'P', kind: 'cause' });
    createLink(doc, { id: 'l3', from: 'C1a', to: 'C1', kind: 'cause' });
    createLink(doc, { id: 'l4', from: 'P', to: 'Q1', kind: 'consequence' });
    createLink(doc, { id: 'l5', from: 'Q1', to: 'Q1a', kind: 'consequence' });
    // a cycle X ⇄ Y, with Z (the oldest) a cause of X
    note(doc, 'Z', 3000, 500, 0);
    note(doc, 'X', 3300, 500, 7);
    note(doc, 'Y', 3600, 500, 8);
    createLink(doc, { id: 'l6', from: 'X', to: 'Y', kind: 'cause' });
    createLink(doc, { id: 'l7', from: 'Y', to: 'X', kind: 'cause' });
    createLink(doc, { id: 'l8', from: 'Z', to: 'X', kind: 'cause' });
    // a plain link makes no tree
    note(doc, 'A', 6000, 500, 9);
    note(doc, 'B', 6300, 500, 10);
    createLink(doc, { id: 'l9', from: 'A', to: 'B' });

    const trees = nord(build(false, [], new Map([['r1', doc]]))).trees;
    expect(trees.map((t) => ({ problem: t.problem.id, causes: outline(t.causes), consequences: outline(t.consequences) }))).toEqual([
      { problem: 'P', causes: [{ C1: ['C1a'] }, 'C2'], consequences: [{ Q1: ['Q1a'] }] },
      { problem: 'X', causes: ['Z', 'Y'], consequences: [] },
    ]);
    expect(trees[0]!.problem.text).toBe('idée P');
  });
});

describe('the workshop', () => {
  it('reports the rooms asked for in their order, skipping unknown ones; an empty board is empty', () => {
    const sud = new Y.Doc();
    createLabel(sud, { id: 'h1', text: 'Que faut-il\u00a0?', x: 0, y: 0 });
    const report = build(false, [], new Map([['r1', nordBoard()], ['r2', sud]]), ['plen', 'r1', 'nowhere', 'r2', 'r1']);
    expect(report.rooms.map((r) => r.roomId)).toEqual(['plen', 'r1', 'r2']);
    expect(report).toMatchObject({ title: 'Atelier mobilité', createdAt: 100, madeAt: 5000, participants: 12, notes: 8 });
    const [plen, , r2] = report.rooms;
    // the plenary has no board document yet
    expect(plen).toMatchObject({ name: 'Plénière', plenary: true, empty: true, noteCount: 0, zones: [], clusters: [], trees: [], loose: [], rounds: [] });
    // a heading alone is not empty
    expect(r2).toMatchObject({ empty: false, noteCount: 0, color: '#cc3366' });
    expect(r2!.board.labels.map((l) => l.text)).toEqual(['Que faut-il\u00a0?']);
  });
});

describe('problem trees too big to print whole', () => {
  it('outlines a chain of 5,000 causes with no recursion, nesting 40 levels then listing flat, each note once', async () => {
    const { treeOutline, OUTLINE_DEPTH_MAX } = await import('./treeOutline.js');
    const { boardTrees } = await import('./boardTrees.js');
    const notes = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, text: `cause ${i}`, color: 'yellow' as const, x: 0, y: i * 200, width: 160, height: 160, authorId: 'a', createdAt: i }));
    const links = notes.slice(1).map((n, i) => ({ id: `l${i}`, from: n.id, to: notes[i]!.id, kind: 'cause' as const }));
    const [tree] = boardTrees(notes, links);
    const byId = new Map(notes.map((n) => [n.id, { id: n.id, text: n.text, color: n.color, votes: 0, createdAt: n.createdAt }]));
    const outline = treeOutline(tree!, byId);
    let depth = 0;
    let rows = 0;
    const walk = (nodes: typeof outline.causes, d: number): void => {
      for (const node of nodes) {
        rows++;
        depth = Math.max(depth, d);
        walk(node.children, d + 1);
      }
    };
    walk(outline.causes, 1);
    expect(depth).toBe(OUTLINE_DEPTH_MAX);
    expect(rows).toBe(4999);
  });

  it('prints a cause 20 problems share once, and outlines at most REPORT_TREES_MAX trees', async () => {
    const { treeOutline } = await import('./treeOutline.js');
    const { boardTrees, REPORT_TREES_MAX } = await import('./boardTrees.js');
    const note = (id: string, i: number) => ({ id, text: id, color: 'yellow' as const, x: i * 200, y: 0, width: 160, height: 160, authorId: 'a', createdAt: i });
    const shared = Array.from({ length: 50 }, (_, i) => note(`c${i}`, i));
    const problems = Array.from({ length: 300 }, (_, i) => note(`p${i}`, 100 + i));
    const links = [
      ...shared.slice(1).map((n, i) => ({ id: `s${i}`, from: n.id, to: shared[i]!.id, kind: 'cause' as const })),
      ...problems.map((p, i) => ({ id: `q${i}`, from: 'c0', to: p.id, kind: 'cause' as const })),
    ];
    const trees = boardTrees([...shared, ...problems], links);
    expect(trees).toHaveLength(REPORT_TREES_MAX);
    const byId = new Map([...shared, ...problems].map((n) => [n.id, { id: n.id, text: n.text, color: n.color, votes: 0, createdAt: n.createdAt }]));
    const printed = new Set<string>();
    const outlines = trees.map((t) => treeOutline(t, byId, printed));
    const count = (nodes: typeof outlines[number]['causes']): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0);
    expect(outlines.reduce((n, o) => n + count(o.causes), 0)).toBe(50);
  });
});
