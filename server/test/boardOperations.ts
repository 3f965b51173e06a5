import fc from 'fast-check';
import type * as Y from 'yjs';
import {
  BOARD_MAP_NAMES,
  BOARD_POLICY_KEY,
  checkBoardChanges,
  docReader,
  NOTE_COLORS,
  parseBoardPolicy,
  type Actor,
  type BoardPolicy,
  type EntryChange,
  type NoteColor,
} from '@essaim/shared';

/**
 * Random operations of random people on a random board, for `rightsProperty.test.ts`, and the
 * independent model of what the server must do with them: the entry changes are worked out
 * from the writes themselves (not from Yjs), then judged by the rights table, and whoever may
 * change nothing (observers, participants on a locked board) may send nothing new at all.
 */
export type Person = 'facilitator' | 'participantA' | 'participantB' | 'observer';
const PEOPLE: readonly Person[] = ['facilitator', 'participantA', 'participantB', 'observer'];
export type People = Record<Person, Actor>;

export interface NoteDraft {
  text: string;
  color: NoteColor;
  x: number;
  y: number;
  width: number;
  height: number;
  createdAt: number;
  /** carries the tag of a room it was brought back from (only facilitators may create those) */
  tagged: boolean;
}

/** Ways to write a note no schema accepts. */
export type Flaw = 'extraField' | 'keyNotId' | 'badColour' | 'badId' | 'tooWide' | 'noText' | 'notObject';

/** One write of an operation; `target` picks an existing note (sorted ids, modulo their number). */
export type Edit =
  | { kind: 'create'; id: string; signedBy: Person | 'self'; note: NoteDraft }
  | { kind: 'text'; target: number; text: string }
  | { kind: 'colour'; target: number; color: NoteColor }
  | { kind: 'move'; target: number; x: number; y: number }
  | { kind: 'resize'; target: number; width: number; height: number }
  | { kind: 'touch'; target: number }
  | { kind: 'untag'; target: number }
  | { kind: 'delete'; target: number }
  | { kind: 'author'; target: number; to: Person }
  | { kind: 'policy'; policy: Partial<BoardPolicy> }
  | { kind: 'metaKey'; value: string }
  | { kind: 'side'; map: 'frames' | 'links' | 'groups' | 'meta'; key: string; remove: boolean; loose: boolean; locked: boolean; ends: [number, number] }
  | { kind: 'group'; target: number; groupId: string | null }
  | { kind: 'malformed'; target: number | null; flaw: Flaw };

/** Everything `edits` writes goes out in one transaction, as a live update or as a reconnecting client's step 2. */
export interface Operation {
  actor: Person;
  edits: Edit[];
  as: 'update' | 'step2';
}

export interface StartingBoard {
  notes: { author: Person; note: NoteDraft }[];
  policy: Partial<BoardPolicy>;
}

/** One `set` (value) or `delete` (value undefined) on a root map. */
export interface Write {
  map: string;
  key: string;
  value: unknown;
}

const UPDATED_AT = 1_750_000_000_000;
const ROOM_TAG = { id: 'room-1', name: 'Salle 1', color: '#1d4ed8' };

const weighted = <T>(often: T, rarely: T) => fc.oneof({ weight: 3, arbitrary: fc.constant(often) }, { weight: 1, arbitrary: fc.constant(rarely) });
const coordinate = fc.integer({ min: -3000, max: 3000 });
const size = fc.integer({ min: 60, max: 1200 });
const target = fc.nat(7);
const person = fc.constantFrom(...PEOPLE);
/** participants act most: theirs are the rights with the most rules */
const actor = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<Person>('facilitator', 'observer') },
  { weight: 2, arbitrary: fc.constantFrom<Person>('participantA', 'participantB') },
);
const colour = fc.constantFrom(...NOTE_COLORS);

const noteDraft: fc.Arbitrary<NoteDraft> = fc.record({
  text: fc.string({ unit: 'grapheme', maxLength: 12 }),
  color: colour,
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  createdAt: fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }),
  tagged: weighted(false, true),
});

const policy: fc.Arbitrary<Partial<BoardPolicy>> = fc.record(
  { locked: weighted(false, true), editAll: fc.boolean(), moveAll: fc.boolean() },
  { requiredKeys: [] },
);

export const startingBoard: fc.Arbitrary<StartingBoard> = fc
  .subarray<Person>(['facilitator', 'participantA', 'participantB'], { minLength: 2 })
  .chain((authors) => fc.record({ notes: fc.array(fc.record({ author: fc.constantFrom(...authors), note: noteDraft }), { maxLength: 8 }), policy }));

/** One kind of edit, `weight` times as likely as the rarest, with an arbitrary for each of its fields. */
function kind<K extends Edit['kind']>(
  weight: number,
  name: K,
  fields: { [F in Exclude<keyof Extract<Edit, { kind: K }>, 'kind'>]: fc.Arbitrary<Extract<Edit, { kind: K }>[F]> },
) {
  return { weight, arbitrary: fc.record({ kind: fc.constant(name), ...fields }) as unknown as fc.Arbitrary<Edit> };
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  kind(4, 'create', { id: fc.constantFrom('c0', 'c1', 'c2', 's0', 's1'), signedBy: fc.oneof({ weight: 3, arbitrary: fc.constant('self' as const) }, person), note: noteDraft }),
  kind(3, 'text', { target, text: fc.string({ unit: 'grapheme', maxLength: 12 }) }),
  kind(2, 'colour', { target, color: colour }),
  kind(3, 'move', { target, x: coordinate, y: coordinate }),
  kind(2, 'resize', { target, width: size, height: size }),
  kind(1, 'touch', { target }),
  kind(1, 'untag', { target }),
  kind(3, 'delete', { target }),
  kind(1, 'author', { target, to: person }),
  kind(2, 'policy', { policy }),
  kind(1, 'metaKey', { value: fc.constantFrom('clair', 'sombre') }),
  kind(3, 'side', {
    map: fc.constantFrom('frames' as const, 'links' as const, 'groups' as const, 'meta' as const),
    key: fc.constantFrom('k1', 'k2'),
    remove: fc.boolean(),
    // what version 1 let anyone with the right write: any JSON
    loose: weighted(false, true),
    locked: fc.boolean(),
    ends: fc.tuple(fc.integer({ min: -1, max: 7 }), fc.integer({ min: -1, max: 7 })),
  }),
  kind(1, 'group', { target, groupId: fc.constantFrom('k1', 'k2', null) }),
  kind(2, 'malformed', { target: fc.option(target), flaw: fc.constantFrom<Flaw>('extraField', 'keyNotId', 'badColour', 'badId', 'tooWide', 'noText', 'notObject') }),
);

/** Mostly one write; sometimes more in the same transaction, allowed and forbidden mixed (shrinking back to one). */
const edits = fc
  .tuple(edit, fc.oneof({ withCrossShrink: true }, { weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(edit, { minLength: 1, maxLength: 2 }) }))
  .map(([first, more]) => [first, ...more]);

export const operation: fc.Arbitrary<Operation> = fc.record({ actor, edits, as: fc.constantFrom('update' as const, 'step2' as const) });

/**
 * Operations in the order they are played. fast-check shrinks an array by dropping its first
 * items, so the list is generated reversed: what it drops are the operations after a failing one.
 */
export const operations = (maxLength: number): fc.Arbitrary<Operation[]> =>
  fc.array(operation, { minLength: 1, maxLength }).map((ops) => [...ops].reverse());

const PLAIN: NoteDraft = { text: 'x', color: 'yellow', x: 0, y: 0, width: 160, height: 160, createdAt: 1_700_000_000_000, tagged: false };

/** Each flaw, applied to a note stored (or to be stored) under `key`: where it is written, and what. */
const FLAWS: Record<Flaw, (note: Record<string, unknown>, key: string) => [string, unknown]> = {
  extraField: (note, key) => [key, { ...note, script: '<img src=x onerror=alert(1)>' }],
  keyNotId: (note, key) => [key, { ...note, id: `${key}-autre` }],
  badColour: (note, key) => [key, { ...note, color: 'fuchsia' }],
  badId: (note) => ['a b', { ...note, id: 'a b' }],
  tooWide: (note, key) => [key, { ...note, width: 5000 }],
  noText: ({ text: _text, ...note }, key) => [key, note],
  notObject: (_note, key) => [key, 'note'],
};

function noteValue(id: string, authorId: string, draft: NoteDraft): Record<string, unknown> {
  const { tagged, ...fields } = draft;
  return { id, ...fields, authorId, ...(tagged ? { room: ROOM_TAG } : {}) };
}

/** What the facilitator writes to set the starting board up. */
export function seedWrites(board: StartingBoard, people: People): Write[] {
  return [
    // the full shape, as `setBoardPolicy` writes it
    { map: BOARD_MAP_NAMES.meta, key: BOARD_POLICY_KEY, value: parseBoardPolicy(board.policy) },
    ...board.notes.map(({ author, note }, i) => ({ map: BOARD_MAP_NAMES.notes, key: `s${i}`, value: noteValue(`s${i}`, people[author].participantId, note) })),
  ];
}

/** The board's root maps as plain JSON, the view the writes of one operation are planned on. */
export function viewOf(doc: Y.Doc): Map<string, Map<string, unknown>> {
  return new Map(Object.values(BOARD_MAP_NAMES).map((name) => [name, new Map(Object.entries(doc.getMap(name).toJSON()))]));
}

/** The concrete writes of the operation's edits, each planned on the board as the earlier ones left it. */
export function planWrites(view: Map<string, Map<string, unknown>>, { actor, edits }: Pick<Operation, 'actor' | 'edits'>, people: People): Write[] {
  const writes: Write[] = [];
  const notes = view.get(BOARD_MAP_NAMES.notes)!;
  const put = (map: string, key: string, value: unknown): void => {
    writes.push({ map, key, value });
    if (value === undefined) view.get(map)!.delete(key);
    else view.get(map)!.set(key, value);
  };
  const pick = (index: number): [string, Record<string, unknown>] | null => {
    const keys = [...notes.keys()].sort();
    if (keys.length === 0) return null;
    const key = keys[index % keys.length]!;
    const value = notes.get(key);
    return [key, typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}];
  };
  /** An honest client's edit: the whole note again, with new values and a new update time. */
  const rewrite = (index: number, fields: (note: Record<string, unknown>) => Record<string, unknown>): void => {
    const picked = pick(index);
    if (picked) put(BOARD_MAP_NAMES.notes, picked[0], { ...picked[1], ...fields(picked[1]), updatedAt: UPDATED_AT });
  };
  for (const e of edits) {
    switch (e.kind) {
      case 'create': put(BOARD_MAP_NAMES.notes, e.id, noteValue(e.id, people[e.signedBy === 'self' ? actor : e.signedBy].participantId, e.note)); break;
      case 'text': rewrite(e.target, () => ({ text: e.text })); break;
      case 'colour': rewrite(e.target, () => ({ color: e.color })); break;
      case 'move': rewrite(e.target, () => ({ x: e.x, y: e.y })); break;
      case 'resize': rewrite(e.target, () => ({ width: e.width, height: e.height })); break;
      case 'touch': { const picked = pick(e.target); if (picked) put(BOARD_MAP_NAMES.notes, picked[0], { ...picked[1] }); break; }
      case 'untag': { const picked = pick(e.target); if (picked) { const { room: _room, ...rest } = picked[1]; put(BOARD_MAP_NAMES.notes, picked[0], rest); } break; }
      case 'delete': { const picked = pick(e.target); if (picked) put(BOARD_MAP_NAMES.notes, picked[0], undefined); break; }
      case 'author': rewrite(e.target, () => ({ authorId: people[e.to].participantId })); break;
      case 'policy': put(BOARD_MAP_NAMES.meta, BOARD_POLICY_KEY, parseBoardPolicy(e.policy)); break;
      case 'group': rewrite(e.target, () => ({ groupId: e.groupId })); break;
      case 'metaKey': put(BOARD_MAP_NAMES.meta, 'theme', e.value); break;
      case 'side': put(e.map, e.key, e.remove ? undefined : e.loose ? { id: e.key, x: 0, y: 0, title: 'Besoins' } : sideEntry(e, pick)); break;
      case 'malformed': {
        const [key, note] = (e.target === null ? null : pick(e.target)) ?? ['m0', noteValue('m0', people[actor].participantId, PLAIN)];
        put(BOARD_MAP_NAMES.notes, ...FLAWS[e.flaw](note, key));
        break;
      }
    }
  }
  return writes;
}

/** A well-formed entry of a side map; a link's ends are existing notes, or a missing one for index -1. */
function sideEntry(e: Extract<Edit, { kind: 'side' }>, pick: (index: number) => [string, unknown] | null): unknown {
  switch (e.map) {
    case 'frames': return { id: e.key, title: 'Besoins', x: -500, y: -500, width: 1000, height: 1000, color: 'blue', ...(e.locked ? { locked: true } : {}) };
    case 'groups': return { id: e.key, title: 'Groupe' };
    case 'meta': return 2;
    case 'links': {
      const end = (i: number): string => (i < 0 ? 'ghost' : (pick(i)?.[0] ?? 'ghost'));
      return { id: e.key, from: end(e.ends[0]), to: end(e.ends[1]), kind: 'cause' };
    }
  }
}

/** Applies the writes to a client's copy of the board, in one transaction. */
export function applyWrites(doc: Y.Doc, writes: readonly Write[]): void {
  doc.transact(() => {
    for (const { map, key, value } of writes) {
      if (value === undefined) doc.getMap(map).delete(key);
      else doc.getMap(map).set(key, value);
    }
  });
}

/** Who may change nothing at all: an observer, a participant on a locked board. */
function readOnly(actor: Actor, policy: BoardPolicy): string | null {
  if (actor.role === 'observer') return 'observers cannot change the board';
  return actor.role === 'participant' && policy.locked ? 'the board is locked' : null;
}

/**
 * Why the server must refuse these writes from `actor` on the board `model` holds, or null to
 * accept them. Each key's net effect: its value before, its last written value after — a new
 * object, so a change even when equal, but an equal primitive is none; a key written then
 * deleted, absent before, is no change. Whoever may change nothing may send nothing new either
 * (a `set` adds structs, a `delete` of a present value deletes one), even writes that cancel out.
 */
export function expectedRefusal(model: Y.Doc, writes: readonly Write[], actor: Actor): string | null {
  const last = new Map<string, Write>();
  let sendsSomething = false;
  for (const w of writes) {
    const id = `${w.map}\u0000${w.key}`;
    const current = last.has(id) ? last.get(id)!.value : model.getMap(w.map).get(w.key);
    if (w.value === undefined && current === undefined) continue;
    sendsSomething = true;
    last.set(id, w);
  }
  const changes: EntryChange[] = [];
  for (const { map, key, value } of last.values()) {
    const before = model.getMap(map).get(key);
    if (value !== before) changes.push({ map, key, before, after: value });
  }
  const policy = parseBoardPolicy(model.getMap(BOARD_MAP_NAMES.meta).get(BOARD_POLICY_KEY));
  const nothingAllowed = readOnly(actor, policy);
  if (sendsSomething && nothingAllowed) return nothingAllowed;
  return checkBoardChanges(changes, actor, policy, docReader(model));
}

/** The writes as a readable line for failure messages. */
export function describeWrites(writes: readonly Write[]): string {
  return writes.map(({ map, key, value }) => (value === undefined ? `delete ${map}.${key}` : `set ${map}.${key} = ${JSON.stringify(value)}`)).join('; ');
}
