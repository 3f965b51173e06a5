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

/** The rectangle everything on a board takes (zones, headings, notes), or null when it holds none. */
export function boardBounds(doc: Y.Doc): Rect | null {
  const maps = boardMaps(doc);
  const frames = [...maps.frames.values()].map(parseFrame).filter(present<Frame>);
  const labels = [...maps.labels.values()].map(parseLabel).filter(present<Label>);
  return boundsOf([...frames, ...labels.map(labelBounds), ...readNotes(doc)]);
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
 * Where to put `content` beside `taken` without overlapping it: its top level with the board's,
 * to the right with `BESIDE_GAP` — or to the left when the right runs out of board. The offset to
 * add to the content's coordinates; null when neither side has room.
 */
export function besideOffset(taken: Rect | null, content: Rect): { dx: number; dy: number } | null {
  if (!taken) return { dx: 0, dy: 0 };
  const dy = taken.y - content.y;
  const right = taken.x + taken.width + BESIDE_GAP - content.x;
  if (content.x + right + content.width <= BOARD_LIMIT) return { dx: right, dy };
  const left = taken.x - BESIDE_GAP - content.width - content.x;
  if (content.x + left >= -BOARD_LIMIT) return { dx: left, dy };
  return null;
}

/**
 * Server operation: writes a template's zones, headings, notes, links and clusters next to what
 * the board holds (`besideOffset`), in one transaction, under fresh ids — nothing already there is
 * changed, `meta.template` included (the board stays the one it was made from). Returns what it
 * wrote, or null when the board has no room left for it. Categories are board-wide: content with
 * some is refused (it throws).
 */
export function applyTemplateBeside(doc: Y.Doc, content: TemplateContent, ctx: TemplateContext, origin?: unknown): TemplateEntries | null {
  if ((content.categories ?? []).length > 0) throw new Error('a template with categories only goes on an empty board');
  const own = contentBounds(content);
  const offset = own ? besideOffset(boardBounds(doc), own) : { dx: 0, dy: 0 };
  if (!offset) return null;
  const entries = templateEntries(shiftContent(content, offset.dx, offset.dy), ctx);
  const maps = boardMaps(doc);
  doc.transact(() => writeTemplateEntries(maps, entries), origin);
  return entries;
}
