import type * as Y from 'yjs';
import { ZONE_TITLE_SPACE } from '../geometry/arrangeBy.js';
import { readingOrder } from '../geometry/readingOrder.js';
import { boundsOf, type Rect } from '../geometry/Rect.js';
import { BESIDE_GAP, besideOffset, boardLayout } from '../ops/applyTemplateBeside.js';
import { readNotes } from '../ops/readNotes.js';
import { boardMaps } from '../schema/boardMaps.js';
import { FRAME_MAX_SIZE, frameType, parseFrame, type Frame } from '../schema/Frame.js';
import { noteType, type Note } from '../schema/Note.js';
import type { RevealOrder } from '../schema/PrivatePhase.js';
import { foldTitle } from '../templates/priorityNeeds.js';
import { utf8Length } from '../templates/templateFromBoard.js';
import { layoutReveal, REVEAL_AREA_WIDTH } from './layoutReveal.js';

/** Titles of the zone drafts are revealed into (the `brainstorm-3-12-3` template's), as `foldTitle` reads them. */
const WRITING_ZONE_TITLES = ['Idées individuelles', 'Individual ideas'].map(foldTitle);

export interface RevealContext {
  order: RevealOrder;
  now: number;
  /** for `shuffle` */
  random?: () => number;
  /**
   * bytes the board may still take (its size limit less what it holds): drafts past it are not
   * written — they stay drafts, not in `onBoard` — taken one author at a time so each gets some in
   */
  maxBytes?: number;
}

export interface RevealResult {
  /** the notes written on the board (a draft's id, or `<id>_rN` when another's note holds it) */
  written: Note[];
  /** the drafts that are on the board now: written by this call, or found there (revealed before) */
  onBoard: Note[];
  /** the zone they went into, grown if it had to; null: a free area beside the board's content */
  zone: Frame | null;
}

/** Other ids a draft may take when someone else's note holds its own: `<id>_r1` … `_r9`. */
const OTHER_IDS = 9;

/**
 * Where a draft goes on the board: its own id, or the first `<id>_rN` free or holding it already.
 * A note there with the draft's author and creation time is the draft, revealed before (`found`);
 * another's note is never overwritten — a participant can only sign notes with their own id, so
 * nobody can take a place meant for someone else's draft. Null when all ten are taken (the
 * draft then stays where it is).
 */
function placeFor(notes: Y.Map<Note>, draft: Note, taken: ReadonlySet<string>): { id: string; found: boolean } | null {
  const base = draft.id.slice(0, 60);
  for (let n = 0; n <= OTHER_IDS; n++) {
    const id = n === 0 ? draft.id : `${base}_r${n}`;
    // another draft of this reveal has it
    if (taken.has(id)) continue;
    const there: Partial<Note> | undefined = notes.get(id);
    if (there === undefined) return { id, found: false };
    if (there.authorId === draft.authorId && there.createdAt === draft.createdAt) return { id, found: true };
  }
  return null;
}

/** The board's writing zone: the first « Idées individuelles… » zone in reading order, or null. */
export function writingZone(doc: Y.Doc): Frame | null {
  const zones = [...boardMaps(doc).frames.values()]
    .map(parseFrame)
    .filter((f): f is Frame => f !== null && WRITING_ZONE_TITLES.some((t) => foldTitle(f.title).startsWith(t)));
  const first = readingOrder(zones)[0];
  return first === undefined ? null : zones[first]!;
}

/** The note a draft becomes on the board (under the id it takes there): its text, colour, size, author and creation time; placed at `at`. */
function boardNote(draft: Note, at: { x: number; y: number }, now: number): Note | null {
  const note: Note = {
    id: draft.id,
    text: draft.text,
    color: draft.color,
    x: at.x,
    y: at.y,
    width: draft.width,
    height: draft.height,
    authorId: draft.authorId,
    createdAt: draft.createdAt,
    updatedAt: Math.max(now, draft.createdAt),
  };
  return noteType.validate(note.id, note);
}

/**
 * Server operation, « Révéler »: writes `drafts` on the board in one transaction, under their own
 * ids, laid out by `layoutReveal` in the writing zone (grown downward in the same transaction
 * when they do not fit) or, without one, in a free area beside the board's content. A draft the
 * board already holds is not written again, so revealing twice writes nothing twice; one whose id
 * another's note holds goes under another id (`placeFor`). Every
 * note and the zone are checked with their type's `validate` (the board's rights table); a draft
 * that would not be valid is left out (`written` says what went).
 */
export function revealOnBoard(doc: Y.Doc, drafts: readonly Note[], ctx: RevealContext, origin?: unknown): RevealResult {
  const maps = boardMaps(doc);
  const onBoard: Note[] = [];
  const taken = new Set<string>();
  /** each draft to write, under the id it takes on the board (unique, unlike drafts' ids across people) */
  const fresh: Note[] = [];
  /** the draft each of `fresh` comes from */
  const sources: Note[] = [];
  for (const draft of drafts) {
    const place = placeFor(maps.notes, draft, taken);
    if (!place) continue;
    taken.add(place.id);
    if (place.found) onBoard.push(draft);
    else {
      fresh.push({ ...draft, id: place.id });
      sources.push(draft);
    }
  }
  if (ctx.maxBytes !== undefined) {
    const fits = withinBytes(fresh, ctx.maxBytes);
    for (let i = fresh.length - 1; i >= 0; i--) {
      if (fits.has(i)) continue;
      fresh.splice(i, 1);
      sources.splice(i, 1);
    }
  }
  const zone = writingZone(doc);
  if (fresh.length === 0) return { written: [], onBoard, zone };
  const notes = readNotes(doc);
  const input = { drafts: fresh, order: ctx.order, ...(ctx.random ? { random: ctx.random } : {}) };
  let area: Rect;
  let obstacles: Rect[] = notes;
  if (zone) area = zone;
  else {
    // the block's size first, then a place for it beside everything the board holds
    const alone = layoutReveal({ ...input, area: { x: 0, y: 0, width: REVEAL_AREA_WIDTH, height: 0 }, obstacles: [] });
    const layout = boardLayout(doc, notes);
    const size = { x: 0, y: 0, width: REVEAL_AREA_WIDTH, height: alone.area.height };
    const offset = besideOffset(layout?.anchor ?? null, size, layout?.obstacles) ?? belowEverything(layout?.obstacles ?? []);
    area = { ...size, x: offset.dx, y: offset.dy };
    obstacles = layout?.obstacles ?? [];
  }
  const { positions, area: grown } = layoutReveal({ ...input, area, obstacles, titleSpace: zone ? ZONE_TITLE_SPACE : 0 });
  const written = fresh.flatMap((d, i) => {
    const note = boardNote(d, positions.get(d.id)!, ctx.now);
    if (!note) return [];
    onBoard.push(sources[i]!);
    return [note];
  });
  const resized = zone && grown.height > zone.height ? frameType.validate(zone.id, { ...zone, height: Math.min(FRAME_MAX_SIZE, grown.height) }) : null;
  doc.transact(() => {
    for (const note of written) maps.notes.set(note.id, note);
    if (resized) maps.frames.set(resized.id, resized);
  }, origin);
  return { written, onBoard, zone: resized ?? zone };
}

/** What a note written on a board costs it, beyond its JSON: the item, its key, its client and clock (generously). */
const NOTE_OVERHEAD_BYTES = 64;

/** The indexes of `notes` that fit in `maxBytes`, taken one author at a time in turn (each author's in their order). */
function withinBytes(notes: readonly Note[], maxBytes: number): Set<number> {
  const queues = new Map<string, number[]>();
  notes.forEach((note, i) => {
    const queue = queues.get(note.authorId);
    if (queue) queue.push(i);
    else queues.set(note.authorId, [i]);
  });
  const fits = new Set<number>();
  let left = maxBytes;
  for (let round = 0, more = true; more; round++) {
    more = false;
    for (const queue of queues.values()) {
      const i = queue[round];
      if (i === undefined) continue;
      more = true;
      const bytes = utf8Length(JSON.stringify(notes[i])) + NOTE_OVERHEAD_BYTES;
      if (bytes > left) continue;
      left -= bytes;
      fits.add(i);
    }
  }
  return fits;
}

/** Where a block goes when neither side of the board has room: below everything. */
function belowEverything(obstacles: readonly Rect[]): { dx: number; dy: number } {
  const all = boundsOf(obstacles);
  return all ? { dx: all.x, dy: all.y + all.height + BESIDE_GAP } : { dx: 0, dy: 0 };
}
