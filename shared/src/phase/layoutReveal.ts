import { AREA_PADDING } from '../geometry/arrangeBy.js';
import { GRID_GAP } from '../geometry/arrangeGrid.js';
import type { Point } from '../geometry/pinch.js';
import { rectsIntersect, type Rect } from '../geometry/Rect.js';
import type { RevealOrder } from '../schema/PrivatePhase.js';

/** An author's drafts stand in one column up to this many; more make a block of such columns. */
export const REVEAL_COLUMN_MAX = 8;
/** Width of the writing area made beside the board when it has no « Idées individuelles » zone. */
export const REVEAL_AREA_WIDTH = 1200;

/** One draft to put on the board: its size, and what orders it. */
export interface RevealDraft {
  id: string;
  authorId: string;
  createdAt: number;
  width: number;
  height: number;
}

export interface RevealLayoutInput {
  drafts: readonly RevealDraft[];
  /** the writing area: the zone's rectangle, or a free one (its height may be anything: it grows) */
  area: Rect;
  /** every note already on the board: nothing is placed over one */
  obstacles: readonly Rect[];
  order: RevealOrder;
  /** room kept at the top of the area: a zone's title (`ZONE_TITLE_SPACE`), 0 for a free area */
  titleSpace?: number;
  /** for `shuffle`, in [0, 1) */
  random?: () => number;
}

export interface RevealLayout {
  /** the top-left corner of each draft, by id */
  positions: Map<string, Point>;
  /** the area, grown downward to hold what was placed (the caller resizes the zone) */
  area: Rect;
}

/** A row or a band of author blocks: rectangles relative to its top-left corner, placed as one. */
interface Unit {
  items: { id: string; x: number; y: number; width: number; height: number }[];
  height: number;
}

/**
 * « Révéler » as data: where each draft goes in the writing area. `author`: a column per author
 * (a block of columns past `REVEAL_COLUMN_MAX` drafts), authors in the order of their first draft,
 * each author's drafts oldest first, blocks side by side across the area's width then on a new
 * band; `shuffle`: every draft mixed (`random`), in rows. Bands and rows start below the notes
 * already lying in the area, and each is pushed down past any note it would cover, so nothing
 * overlaps; the area grows downward when they do not fit. The same input gives the same layout.
 */
export function layoutReveal(input: RevealLayoutInput): RevealLayout {
  const { area, obstacles, drafts } = input;
  const titleSpace = input.titleSpace ?? 0;
  const positions = new Map<string, Point>();
  if (drafts.length === 0) return { positions, area };
  const left = area.x + AREA_PADDING;
  const innerWidth = Math.max(0, area.width - 2 * AREA_PADDING);
  const units = input.order === 'shuffle' ? rows(shuffled(drafts, input.random ?? Math.random), innerWidth) : bands(authorBlocks(drafts), innerWidth);
  const inArea = obstacles.filter((r) => holdsCentre(area, r));
  let y = Math.max(area.y + titleSpace + (titleSpace > 0 ? 0 : AREA_PADDING), ...inArea.map((r) => r.y + r.height + GRID_GAP));
  let bottom = area.y + area.height;
  for (const unit of units) {
    y = clearOf(unit, left, y, obstacles);
    for (const item of unit.items) positions.set(item.id, { x: left + item.x, y: y + item.y });
    bottom = Math.max(bottom, y + unit.height + AREA_PADDING);
    y += unit.height + GRID_GAP;
  }
  return { positions, area: { ...area, height: bottom - area.y } };
}

/** Whether `r` lies in `area` by its centre, as a note lies in a zone (`frameHoldsNote`). */
function holdsCentre(area: Rect, r: Rect): boolean {
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  return cx >= area.x && cx <= area.x + area.width && cy >= area.y && cy <= area.y + area.height;
}

/** The first top, from `y` down, where the unit placed at `left` covers none of the obstacles. */
function clearOf(unit: Unit, left: number, y: number, obstacles: readonly Rect[]): number {
  let top = y;
  for (;;) {
    let next = top;
    for (const item of unit.items) {
      const rect = { x: left + item.x, y: top + item.y, width: item.width, height: item.height };
      for (const o of obstacles) if (rectsIntersect(rect, o)) next = Math.max(next, o.y + o.height + GRID_GAP - item.y);
    }
    if (next === top) return top;
    top = next;
  }
}

const byAge = (a: RevealDraft, b: RevealDraft): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Each author's drafts as one block: columns of at most `REVEAL_COLUMN_MAX`, oldest first; authors by their first draft. */
function authorBlocks(drafts: readonly RevealDraft[]): Unit[] {
  const byAuthor = new Map<string, RevealDraft[]>();
  for (const d of [...drafts].sort(byAge)) {
    const list = byAuthor.get(d.authorId);
    if (list) list.push(d);
    else byAuthor.set(d.authorId, [d]);
  }
  return [...byAuthor.values()].map((own) => {
    const items: Unit['items'] = [];
    let x = 0;
    let height = 0;
    for (let start = 0; start < own.length; start += REVEAL_COLUMN_MAX) {
      const column = own.slice(start, start + REVEAL_COLUMN_MAX);
      let y = 0;
      for (const d of column) {
        items.push({ id: d.id, x, y, width: d.width, height: d.height });
        y += d.height + GRID_GAP;
      }
      height = Math.max(height, y - GRID_GAP);
      x += Math.max(...column.map((d) => d.width)) + GRID_GAP;
    }
    return { items, height };
  });
}

/** Blocks side by side within `width`, then a new band below; a block wider than `width` has a band of its own. */
function bands(blocks: readonly Unit[], width: number): Unit[] {
  const out: Unit[] = [];
  let band: Unit = { items: [], height: 0 };
  let x = 0;
  for (const block of blocks) {
    const blockWidth = Math.max(...block.items.map((i) => i.x + i.width));
    if (x > 0 && x + blockWidth > width) {
      out.push(band);
      band = { items: [], height: 0 };
      x = 0;
    }
    for (const item of block.items) band.items.push({ ...item, x: x + item.x });
    band.height = Math.max(band.height, block.height);
    x += blockWidth + GRID_GAP;
  }
  out.push(band);
  return out;
}

/** Drafts one after the other, left to right within `width`, row after row. */
function rows(drafts: readonly RevealDraft[], width: number): Unit[] {
  return bands(
    drafts.map((d) => ({ items: [{ id: d.id, x: 0, y: 0, width: d.width, height: d.height }], height: d.height })),
    width,
  );
}

/** A Fisher–Yates shuffle of the drafts taken in a fixed order first, so only `random` decides. */
function shuffled(drafts: readonly RevealDraft[], random: () => number): RevealDraft[] {
  const out = [...drafts].sort(byAge);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
