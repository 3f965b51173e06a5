import { describe, expect, it } from 'vitest';
import type { Role } from '../protocol/api.js';
import { DEFAULT_BOARD_POLICY, type BoardPolicy } from '../schema/BoardMeta.js';
import type { BoardReader } from './BoardReader.js';
import { BOARD_RIGHTS } from './boardRights.js';
import { checkBoardChanges } from './checkBoardChanges.js';
import type { EntryChange } from './ShadowDoc.js';

const note = (id: string, authorId: string, over: Record<string, unknown> = {}) => ({
  id, text: 'Besoin', color: 'yellow', x: 0, y: 0, width: 160, height: 160, authorId, createdAt: 1, ...over,
});
const frame = (id: string, over: Record<string, unknown> = {}) => ({ id, title: 'Mobilité', x: 1000, y: 0, width: 800, height: 600, color: 'blue', ...over });
const link = (id: string, from: string, to: string, over: Record<string, unknown> = {}) => ({ id, from, to, kind: 'cause', ...over });
const policyValue = { locked: false, editAll: false, moveAll: true };

/** Lina's note, Marc's note, Marc's note inside the locked zone, a zone, a locked zone, a link, a cluster holding Marc's note. */
const BOARD: Record<string, Record<string, unknown>> = {
  notes: {
    mine: note('mine', 'lina'),
    theirs: note('theirs', 'marc', { x: 200, groupId: 'g1' }),
    locked: note('locked', 'marc', { x: 3100 }),
  },
  frames: { f1: frame('f1'), fl: frame('fl', { x: 3000, locked: true }) },
  links: { l1: link('l1', 'mine', 'theirs') },
  groups: { g1: { id: 'g1', title: 'Transports' }, mineOnly: { id: 'mineOnly', title: 'À moi' } },
  meta: { policy: policyValue, schemaVersion: 2 },
};
const board: BoardReader = { get: (m, k) => BOARD[m]?.[k], entries: (m) => Object.entries(BOARD[m] ?? {}) };
const set = (map: string, key: string, after: unknown): EntryChange => ({ map, key, before: BOARD[map]?.[key], after });
const del = (map: string, key: string): EntryChange => set(map, key, undefined);

interface Row {
  map: string;
  action: string;
  changes: EntryChange[];
  /** the reason for each role, or null: allowed */
  participant: RegExp | null;
  facilitator: RegExp | null;
  policy?: Partial<BoardPolicy>;
}

const MALFORMED = /malformed/;
const FRAMES = /participants cannot change frames/;
const META = /participants cannot change meta/;
const LABELS = /participants cannot change labels/;
const label = (id: string, over: Record<string, unknown> = {}) => ({ id, text: 'Quels besoins ?', x: 0, y: -200, fontSize: 40, ...over });
const categories = [{ id: 'c1', name: 'Centre-bourg', color: 'green' }];

const ROWS: Row[] = [
  // notes (the rest of the note rules: checkBoardChanges.test.ts)
  { map: 'notes', action: 'move their own note', changes: [set('notes', 'mine', note('mine', 'lina', { x: 50 }))], participant: null, facilitator: null },
  { map: 'notes', action: 'put someone else’s note in a cluster', changes: [set('notes', 'theirs', note('theirs', 'marc', { x: 200, groupId: 'mineOnly' }))], participant: null, facilitator: null },
  { map: 'notes', action: 'cluster someone else’s note when moveAll is false', changes: [set('notes', 'theirs', note('theirs', 'marc', { x: 200, groupId: null }))], policy: { moveAll: false }, participant: /move own notes/, facilitator: null },
  { map: 'notes', action: 'edit a note inside a locked zone', changes: [set('notes', 'locked', note('locked', 'marc', { x: 3100, text: 'x' }))], policy: { editAll: true }, participant: /locked zone/, facilitator: null },
  { map: 'notes', action: 'move a note out of a locked zone', changes: [set('notes', 'locked', note('locked', 'marc', { x: 0 }))], participant: /locked zone/, facilitator: null },
  { map: 'notes', action: 'move their own note into a locked zone', changes: [set('notes', 'mine', note('mine', 'lina', { x: 3100 }))], participant: /locked zone/, facilitator: null },
  { map: 'notes', action: 'create a note inside a locked zone', changes: [set('notes', 'new', note('new', 'lina', { x: 3200 }))], participant: /locked zone/, facilitator: null },
  { map: 'notes', action: 'delete a note inside a locked zone', changes: [del('notes', 'locked')], policy: { editAll: true }, participant: /locked zone/, facilitator: null },
  { map: 'notes', action: 'give their own note a category', changes: [set('notes', 'mine', note('mine', 'lina', { categoryId: 'c1' }))], participant: null, facilitator: null },
  { map: 'notes', action: 'write a note with an extra field', changes: [set('notes', 'mine', { ...note('mine', 'lina'), script: 'x' })], participant: MALFORMED, facilitator: MALFORMED },
  // frames
  { map: 'frames', action: 'create a zone', changes: [set('frames', 'f2', frame('f2'))], participant: FRAMES, facilitator: null },
  { map: 'frames', action: 'lock a zone', changes: [set('frames', 'f1', frame('f1', { locked: true }))], participant: FRAMES, facilitator: null },
  { map: 'frames', action: 'delete a zone', changes: [del('frames', 'f1')], participant: FRAMES, facilitator: null },
  { map: 'frames', action: 'write a zone without colour', changes: [set('frames', 'f2', { ...frame('f2'), color: undefined })], participant: MALFORMED, facilitator: MALFORMED },
  { map: 'frames', action: 'write any JSON as a zone', changes: [set('frames', 'f2', { id: 'f2', x: 0, y: 0, title: 'Besoins' })], participant: MALFORMED, facilitator: MALFORMED },
  // links
  { map: 'links', action: 'link two notes', changes: [set('links', 'l2', link('l2', 'theirs', 'locked'))], participant: null, facilitator: null },
  { map: 'links', action: 'relabel a link', changes: [set('links', 'l1', link('l1', 'mine', 'theirs', { label: 'aggrave' }))], participant: null, facilitator: null },
  { map: 'links', action: 'delete a link', changes: [del('links', 'l1')], participant: null, facilitator: null },
  { map: 'links', action: 'link a note created in the same update', changes: [set('notes', 'new', note('new', 'lina')), set('links', 'l2', link('l2', 'new', 'mine'))], participant: null, facilitator: null },
  { map: 'links', action: 'link to a missing note', changes: [set('links', 'l2', link('l2', 'mine', 'ghost'))], participant: /link joins two notes/, facilitator: /link joins two notes/ },
  { map: 'links', action: 'link to a note deleted in the same update', changes: [del('notes', 'mine'), set('links', 'l2', link('l2', 'mine', 'theirs'))], participant: /link joins two notes/, facilitator: /link joins two notes/ },
  { map: 'links', action: 'write a link of an unknown kind', changes: [set('links', 'l2', link('l2', 'mine', 'theirs', { kind: 'because' }))], participant: MALFORMED, facilitator: MALFORMED },
  { map: 'links', action: 'link on a locked board', changes: [set('links', 'l2', link('l2', 'theirs', 'mine'))], policy: { locked: true }, participant: /board is locked/, facilitator: null },
  // groups
  { map: 'groups', action: 'make a cluster', changes: [set('groups', 'g2', { id: 'g2', title: 'Idées' })], participant: null, facilitator: null },
  { map: 'groups', action: 'rename a cluster of someone else’s note', changes: [set('groups', 'g1', { id: 'g1', title: 'Mobilité' })], participant: null, facilitator: null },
  { map: 'groups', action: 'rename a cluster of someone else’s note when moveAll is false', changes: [set('groups', 'g1', { id: 'g1', title: 'Mobilité' })], policy: { moveAll: false }, participant: /regroup notes they may move/, facilitator: null },
  { map: 'groups', action: 'dissolve a cluster of someone else’s note when moveAll is false', changes: [del('groups', 'g1')], policy: { moveAll: false }, participant: /regroup/, facilitator: null },
  { map: 'groups', action: 'dissolve a cluster of no one else’s note when moveAll is false', changes: [del('groups', 'mineOnly')], policy: { moveAll: false }, participant: null, facilitator: null },
  { map: 'groups', action: 'keep members in the cluster entry', changes: [set('groups', 'g2', { id: 'g2', title: 'Idées', members: ['mine'] })], participant: MALFORMED, facilitator: MALFORMED },
  // labels
  { map: 'labels', action: 'write a heading', changes: [set('labels', 'h1', label('h1'))], participant: LABELS, facilitator: null },
  { map: 'labels', action: 'write a heading of an unknown size', changes: [set('labels', 'h1', label('h1', { fontSize: 'grand' }))], participant: MALFORMED, facilitator: MALFORMED },
  { map: 'labels', action: 'write a heading with markup fields', changes: [set('labels', 'h1', { ...label('h1'), html: '<b>x</b>' })], participant: MALFORMED, facilitator: MALFORMED },
  // meta
  { map: 'meta', action: 'define the categories', changes: [set('meta', 'categories', categories)], participant: META, facilitator: null },
  { map: 'meta', action: 'define two categories with one id', changes: [set('meta', 'categories', [...categories, { ...categories[0], name: 'Hameaux' }])], participant: MALFORMED, facilitator: MALFORMED },
  { map: 'meta', action: 'define a category without a name', changes: [set('meta', 'categories', [{ id: 'c2', name: ' ', color: 'blue' }])], participant: MALFORMED, facilitator: MALFORMED },
  { map: 'meta', action: 'set the board’s rules', changes: [set('meta', 'policy', { ...policyValue, editAll: true })], participant: META, facilitator: null },
  { map: 'meta', action: 'set partial rules', changes: [set('meta', 'policy', { editAll: true })], participant: MALFORMED, facilitator: MALFORMED },
  { map: 'meta', action: 'write the schema version', changes: [set('meta', 'schemaVersion', 3)], participant: /only the server/, facilitator: /only the server/ },
  { map: 'meta', action: 'delete the schema version', changes: [del('meta', 'schemaVersion')], participant: /only the server/, facilitator: /only the server/ },
  { map: 'meta', action: 'write the template', changes: [set('meta', 'template', 'vierge')], participant: /only the server/, facilitator: /only the server/ },
  { map: 'meta', action: 'write a key of their own', changes: [set('meta', 'theme', 'clair')], participant: /unknown meta key/, facilitator: /unknown meta key/ },
];

const ACTORS: Record<Role, { participantId: string; role: Role }> = {
  participant: { participantId: 'lina', role: 'participant' },
  facilitator: { participantId: 'ana', role: 'facilitator' },
  observer: { participantId: 'olga', role: 'observer' },
};

describe('the rights table, row by row', () => {
  it('has a row for every map', () => {
    expect(new Set(ROWS.map((r) => r.map))).toEqual(new Set(Object.keys(BOARD_RIGHTS)));
  });

  describe.each(ROWS)('$map: $action', (row) => {
    const policy = { ...DEFAULT_BOARD_POLICY, ...row.policy };
    it.each(['participant', 'facilitator', 'observer'] as const)('as %s', (role) => {
      const reason = checkBoardChanges(row.changes, ACTORS[role], policy, board);
      const expected = role === 'observer' ? /observers cannot change/ : row[role];
      if (expected === null) expect(reason).toBeNull();
      else expect(reason).toMatch(expected);
    });
  });
});
