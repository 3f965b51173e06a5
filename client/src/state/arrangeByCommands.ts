import { arrangeBy, BOARD_MAP_NAMES, frameHoldsNote, NOTE_COLORS, type EntryChange, type Label, type Note, type Point, type Rect } from '@essaim/shared';
import { translate } from '../i18n/i18n';
import type { BoardServices } from './BoardServices';
import { createStore, type Store } from './createStore';
import { reasonMessage } from './refusalMessage';
import { voteKey, voteKeyOrder } from './voteArrangeKeys';

/** What « Ranger par… » sorts a zone's notes by; `votes`: their dots in the room's latest round with results. */
export type ArrangeKey = 'color' | 'category' | 'author' | 'votes';
/** The keys every zone offers (« par votes » only once a round of the room has results). */
export const ARRANGE_KEYS: readonly ArrangeKey[] = ['color', 'category', 'author'];

/** Size of a sub-area's title (board px): it sits in the room `arrangeBy` keeps above each sub-area. */
export const AREA_TITLE_FONT = 20;
const AREA_TITLE_INSET = { x: 16, y: 8 };

/** The last arrangement made here, so « Annuler le rangement » can put everything back. Local to this tab. */
export interface LastArrangement {
  frameId: string;
  key: ArrangeKey;
  /** where each note was put, and where it was before */
  placed: ReadonlyMap<string, Point>;
  previous: ReadonlyMap<string, Point>;
  /** the sub-area titles written, removed again when going back */
  labelIds: readonly string[];
  /** the zone's size before it grew to hold the sub-areas, or null when it did not */
  frameBefore: Rect | null;
}

const lastArrangements = new WeakMap<BoardServices, Store<LastArrangement | null>>();

export function lastArrangement(board: BoardServices): Store<LastArrangement | null> {
  let store = lastArrangements.get(board);
  if (!store) lastArrangements.set(board, (store = createStore<LastArrangement | null>(null)));
  return store;
}

/** Whether going back still means something: some note is still where the arrangement put it (not undone, not all moved since). */
export function canGoBack(board: BoardServices, frameId: string): boolean {
  const last = lastArrangement(board).get();
  if (!last || last.frameId !== frameId) return false;
  return [...last.placed].some(([id, p]) => isAt(board.notes.get(id), p));
}

const isAt = (note: Note | undefined, p: Point) => note !== undefined && note.x === Math.round(p.x) && note.y === Math.round(p.y);

/** The key a note is sorted by; a category since removed from the list is none. */
function keyOf(note: Note, key: ArrangeKey, categories: ReadonlySet<string>, counts: ReadonlyMap<string, number>): string | null {
  if (key === 'color') return note.color;
  if (key === 'votes') return voteKey(counts, note.id);
  if (key === 'author') return note.authorId;
  return note.categoryId && categories.has(note.categoryId) ? note.categoryId : null;
}

/** A sub-area's title, in the user's language. */
function titleOf(board: BoardServices, key: ArrangeKey, value: string | null, names: ReadonlyMap<string, string>): string {
  if (key === 'color') return translate(`colors.${value}`);
  if (key === 'votes') return value === null ? translate('voteResults.arrangeNoPoint') : translate('voteResults.arrangePoints', { count: Number(value) });
  if (key === 'category') return board.categories.get().find((c) => c.id === value)?.name ?? translate('arrange.noCategory');
  if (value === board.me.id) return board.me.name;
  return (value && names.get(value)) || translate('arrange.unknownAuthor');
}

/**
 * « Ranger par… »: the notes of the zone gathered into one titled sub-area per colour, category
 * or author (`arrangeBy` in shared), in ONE change — so Ctrl+Z takes it back too — and
 * remembered here for « Annuler le rangement ». Returns null, or why it was not done (translated).
 *
 * The titles are real `labels` entries rather than drawings of this tab only: the room looks at
 * the same board, a sorted zone with no titles on the others' screens would puzzle them, and the
 * titles belong in the exported report. Labels are the facilitators' (rights table), so a
 * participant allowed to move the notes sorts them without titles, and only within the zone as it
 * is: growing the zone is the facilitators' too. `titles: false` sorts without titles (by author
 * in an anonymous workshop: the titles would name the authors to everyone). `counts`: the notes'
 * dots, for `votes` (« 5 points », « 1 point », « Sans point », most first).
 */
export function arrangeZoneBy(
  board: BoardServices,
  frameId: string,
  key: ArrangeKey,
  names: ReadonlyMap<string, string> = new Map(),
  options: { titles?: boolean; counts?: ReadonlyMap<string, number> } = {},
): string | null {
  const frame = board.frames.get(frameId);
  if (!frame) return translate('arrange.noZone');
  const notes = board.notes.getSnapshot().filter((n) => frameHoldsNote(frame, n));
  if (notes.length === 0) return translate('arrange.empty');
  const categories = board.categories.get();
  const known = new Set(categories.map((c) => c.id));
  const counts = options.counts ?? new Map<string, number>();
  const keyed = notes.map((n) => ({ id: n.id, x: n.x, y: n.y, width: n.width, height: n.height, key: keyOf(n, key, known, counts) }));
  const order = key === 'color' ? [...NOTE_COLORS] : key === 'category' ? categories.map((c) => c.id) : key === 'votes' ? voteKeyOrder(keyed.map((n) => n.key)) : authorOrder(board, notes, names);
  const plan = arrangeBy(frame, keyed, order);

  const now = Date.now();
  const byId = new Map(notes.map((n) => [n.id, n]));
  const moves: EntryChange[] = [...plan.positions].map(([id, p]) => ({ map: BOARD_MAP_NAMES.notes, key: id, before: byId.get(id), after: { ...byId.get(id)!, x: Math.round(p.x), y: Math.round(p.y), updatedAt: now } }));
  const grows = plan.zone.width !== frame.width || plan.zone.height !== frame.height;
  const frameChange: EntryChange[] = grows ? [{ map: BOARD_MAP_NAMES.frames, key: frame.id, before: frame, after: { ...frame, width: plan.zone.width, height: plan.zone.height } }] : [];
  const previous = lastArrangement(board).get();
  const stale = previous?.frameId === frameId ? previous.labelIds.filter((id) => board.labels.get(id)) : [];
  const titles = plan.areas.map((a) => ({ text: titleOf(board, key, a.key, names).slice(0, 200), at: { x: a.rect.x + AREA_TITLE_INSET.x, y: a.rect.y + AREA_TITLE_INSET.y } }));
  const labelChanges: EntryChange[] = [
    ...stale.map((id) => ({ map: BOARD_MAP_NAMES.labels, key: id, before: board.labels.get(id), after: undefined })),
    ...titles.map((title, i): EntryChange => ({ map: BOARD_MAP_NAMES.labels, key: `title-${i}`, before: undefined, after: { id: `title-${i}`, text: title.text, x: Math.round(title.at.x), y: Math.round(title.at.y), fontSize: AREA_TITLE_FONT } satisfies Label })),
  ];
  const withTitles = options.titles !== false && board.permits([...moves, ...frameChange, ...labelChanges]) === null;
  if (!withTitles) {
    const reason = board.permits([...moves, ...frameChange]);
    if (reason) return grows && board.permits(moves) === null ? translate('arrange.zoneTooSmall') : translate('arrange.refused', { reason: reasonText(board, reason) });
  }

  const labelIds: string[] = [];
  board.undo.stopCapturing();
  board.actions.transact(() => {
    if (grows) board.actions.updateFrames(new Map([[frame.id, { width: plan.zone.width, height: plan.zone.height }]]));
    board.actions.moveNotes(plan.positions);
    if (withTitles) {
      if (stale.length > 0) board.actions.deleteLabels(stale);
      for (const title of titles) labelIds.push(board.actions.createLabel(title.at, title.text, { fontSize: AREA_TITLE_FONT }));
    }
  });
  board.undo.stopCapturing();
  lastArrangement(board).set({ frameId, key, placed: plan.positions, previous: plan.previous, labelIds, frameBefore: grows ? { x: frame.x, y: frame.y, width: frame.width, height: frame.height } : null });
  return null;
}

/**
 * « Annuler le rangement »: the notes still where the arrangement put them go back where they
 * were (a note moved since stays where its mover left it), the titles go, the zone takes its
 * size again; one change. Returns null, or why not.
 */
export function undoArrangement(board: BoardServices): string | null {
  const store = lastArrangement(board);
  const last = store.get();
  if (!last) return null;
  const now = Date.now();
  const back = new Map<string, Point>();
  const moves: EntryChange[] = [];
  for (const [id, p] of last.placed) {
    const note = board.notes.get(id);
    const to = last.previous.get(id);
    if (!note || !to || !isAt(note, p)) continue;
    back.set(id, to);
    moves.push({ map: BOARD_MAP_NAMES.notes, key: id, before: note, after: { ...note, x: Math.round(to.x), y: Math.round(to.y), updatedAt: now } });
  }
  const labels = last.labelIds.filter((id) => board.labels.get(id));
  const frame = board.frames.get(last.frameId);
  const restore = last.frameBefore && frame && frame.x === last.frameBefore.x && frame.y === last.frameBefore.y ? last.frameBefore : null;
  const reason = board.permits(moves);
  if (reason) return translate('arrange.refused', { reason: reasonText(board, reason) });
  const extras = board.permits([
    ...labels.map((id) => ({ map: BOARD_MAP_NAMES.labels, key: id, before: board.labels.get(id), after: undefined })),
    ...(restore && frame ? [{ map: BOARD_MAP_NAMES.frames, key: frame.id, before: frame, after: { ...frame, width: restore.width, height: restore.height } }] : []),
  ]) === null;
  board.undo.stopCapturing();
  board.actions.transact(() => {
    board.actions.moveNotes(back);
    if (extras && labels.length > 0) board.actions.deleteLabels(labels);
    if (extras && restore) board.actions.updateFrames(new Map([[last.frameId, { width: restore.width, height: restore.height }]]));
  });
  board.undo.stopCapturing();
  store.set(null);
  return null;
}

/** Authors in the order of their names as shown. */
function authorOrder(board: BoardServices, notes: readonly Note[], names: ReadonlyMap<string, string>): string[] {
  const ids = [...new Set(notes.map((n) => n.authorId))];
  const name = (id: string) => titleOf(board, 'author', id, names);
  return ids.sort((a, b) => name(a).localeCompare(name(b), 'fr'));
}

/** The rights table's reason, in the words of the other refusals. */
function reasonText(board: BoardServices, reason: string): string {
  const { key, values } = reasonMessage(board.actor, board.policy.get(), reason);
  return translate(key, values);
}
