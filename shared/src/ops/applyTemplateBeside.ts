import type * as Y from 'yjs';
import { boundsOf, type Rect } from '../geometry/Rect.js';
import { boardMaps } from '../schema/boardMaps.js';
import { parseFrame, type Frame } from '../schema/Frame.js';
import { labelBounds, parseLabel, type Label } from '../schema/Label.js';
import { BOARD_LIMIT } from '../schema/schemaFields.js';
import type { TemplateContent } from '../templates/BoardTemplate.js';
import { templateEntries, writeTemplateEntries, type TemplateContext, type TemplateEntries } from './applyTemplate.js';
import { readNotes } from './readNotes.js';

/** Room left between what a board holds and a template written beside it (clusters draw a margin around their notes). */
export const BESIDE_GAP = 240;

const present = <T>(value: T | null): value is T => value !== null;

/**
 * What a template written beside a board must keep clear of: `anchor`, the board's layout — its
 * zones and headings, which facilitators place (or its notes, on a board with neither) — and
 * `obstacles`, everything on it. Null on an empty board. Notes given when already read.
 */
export function boardLayout(doc: Y.Doc, notes: readonly Rect[] = readNotes(doc)): { anchor: Rect; obstacles: Rect[] } | null {
  const maps = boardMaps(doc);
  const frames = [...maps.frames.values()].map(parseFrame).filter(present<Frame>);
  const labels = [...maps.labels.values()].map(parseLabel).filter(present<Label>).map(labelBounds);
  const anchor = boundsOf([...frames, ...labels]) ?? boundsOf(notes);
  return anchor && { anchor, obstacles: [...frames, ...labels, ...notes] };
}

/** The rectangle a template's content takes, or null when it is blank. */
export function contentBounds(content: TemplateContent): Rect | null {
  return boundsOf([...content.frames, ...content.labels.map(labelBounds), ...content.notes]);
}

/** The content moved by `dx`, `dy`. */
export function shiftContent(content: TemplateContent, dx: number, dy: number): TemplateContent {
  const move = <T extends { x: number; y: number }>(e: T): T => ({ ...e, x: e.x + dx, y: e.y + dy });
  return { ...content, frames: content.frames.map(move), labels: content.labels.map(move), notes: content.notes.map(move) };
}

/**
 * Where to put `content` beside a board: its top level with the layout's `anchor` (raised as far
 * as the bottom of the board asks), to the right of the anchor with `BESIDE_GAP` — further right
 * past any of `obstacles` in the way — or else to the left likewise. Anchored on the layout, not on
 * everything: a participant's note left at the edge of the board does not send the columns there.
 * The offset to add to the content's coordinates; null when neither side has room.
 */
export function besideOffset(anchor: Rect | null, content: Rect, obstacles: readonly Rect[] = []): { dx: number; dy: number } | null {
  if (!anchor) return { dx: 0, dy: 0 };
  const top = Math.max(-BOARD_LIMIT, Math.min(anchor.y, BOARD_LIMIT - content.height));
  // only what lies level with the content can be in its way
  const level = obstacles.filter((r) => r.y < top + content.height + BESIDE_GAP && r.y + r.height + BESIDE_GAP > top);
  const right = clearToTheRight(anchor.x + anchor.width + BESIDE_GAP, content.width, level);
  if (right + content.width <= BOARD_LIMIT) return { dx: right - content.x, dy: top - content.y };
  const left = clearToTheLeft(anchor.x - BESIDE_GAP - content.width, content.width, level);
  if (left >= -BOARD_LIMIT) return { dx: left - content.x, dy: top - content.y };
  return null;
}

/** The first left edge from `x` rightwards where `width` clears every rectangle by `BESIDE_GAP` (one pass, by left edge). */
function clearToTheRight(x: number, width: number, rects: readonly Rect[]): number {
  let at = x;
  for (const r of [...rects].sort((a, b) => a.x - b.x)) {
    if (r.x >= at + width + BESIDE_GAP) break;
    if (r.x + r.width + BESIDE_GAP > at) at = r.x + r.width + BESIDE_GAP;
  }
  return at;
}

/** The first left edge from `x` leftwards where `width` clears every rectangle by `BESIDE_GAP` (one pass, by right edge). */
function clearToTheLeft(x: number, width: number, rects: readonly Rect[]): number {
  let at = x;
  for (const r of [...rects].sort((a, b) => b.x + b.width - (a.x + a.width))) {
    if (r.x + r.width + BESIDE_GAP <= at) break;
    if (r.x < at + width + BESIDE_GAP) at = r.x - BESIDE_GAP - width;
  }
  return at;
}

/**
 * Server operation: writes a template's zones, headings, notes, links and clusters next to what
 * the board holds (`besideOffset`), in one transaction, under fresh ids — nothing already there is
 * changed, `meta.template` included (the board stays the one it was made from). Returns what it
 * wrote, or null when the board has no room left for it. Categories are board-wide: content with
 * some is refused (it throws).
 */
export function applyTemplateBeside(
  doc: Y.Doc,
  content: TemplateContent,
  ctx: TemplateContext,
  origin?: unknown,
  /** `boardLayout(doc)`, when the caller has it */
  layout: ReturnType<typeof boardLayout> = boardLayout(doc),
): TemplateEntries | null {
  if ((content.categories ?? []).length > 0) throw new Error('a template with categories only goes on an empty board');
  const own = contentBounds(content);
  const offset = own ? besideOffset(layout?.anchor ?? null, own, layout?.obstacles) : { dx: 0, dy: 0 };
  if (!offset) return null;
  const entries = templateEntries(shiftContent(content, offset.dx, offset.dy), ctx);
  const maps = boardMaps(doc);
  doc.transact(() => writeTemplateEntries(maps, entries), origin);
  return entries;
}
