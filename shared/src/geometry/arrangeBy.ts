import { arrangeGrid, GRID_GAP } from './arrangeGrid.js';
import type { Point } from './pinch.js';
import { readingOrder } from './readingOrder.js';
import { boundsOf, type Rect } from './Rect.js';

/** Room kept under the zone's top edge for the zone's own title. */
export const ZONE_TITLE_SPACE = 56;
/** Inside a zone and inside each sub-area, between its edge and what it holds. */
export const AREA_PADDING = 16;
/** Room at the top of a sub-area for its title (the colour, category or author name). */
export const AREA_TITLE_SPACE = 36;
/** Between two sub-areas. */
export const AREA_GAP = 32;

export interface KeyedNote extends Rect {
  id: string;
  /** what the notes are sorted by: a colour, a category id, an author id…; null: none */
  key: string | null;
}

/** One sub-area: where it is, the key it gathers (for its title) and its notes in order. */
export interface ArrangedArea {
  key: string | null;
  rect: Rect;
  ids: string[];
}

/** « Ranger par… » as data: the new places, the old ones to go back to, and the sub-areas to title. */
export interface Arrangement {
  positions: Map<string, Point>;
  /** where each note was: « and back » is moving every note there again */
  previous: Map<string, Point>;
  areas: ArrangedArea[];
  /** the zone, grown downward when the sub-areas do not fit in it (the caller resizes the zone) */
  zone: Rect;
}

/**
 * « Ranger par… »: gathers a zone's notes into one titled sub-area per key, in `keyOrder` (then
 * the other keys alphabetically, then the notes without one), each a near-square grid of its
 * notes in their reading order. Sub-areas fill the zone's width row by row, like words in a
 * paragraph; when they need more height than the zone has, the zone grows downward rather than
 * anything overlapping. The same notes in the same places always give the same arrangement.
 */
export function arrangeBy(zone: Rect, notes: readonly KeyedNote[], keyOrder: readonly (string | null)[] = []): Arrangement {
  const previous = new Map(notes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const positions = new Map<string, Point>();
  const areas: ArrangedArea[] = [];
  const left = zone.x + AREA_PADDING;
  const innerWidth = zone.width - 2 * AREA_PADDING;
  let x = left;
  let y = zone.y + ZONE_TITLE_SPACE;
  let shelfHeight = 0;
  for (const [key, group] of groupByKey(notes, keyOrder)) {
    const grid = gridWithin(group, innerWidth - 2 * AREA_PADDING);
    const width = grid.width + 2 * AREA_PADDING;
    const height = grid.height + AREA_TITLE_SPACE + AREA_PADDING;
    if (x > left && x + width > left + innerWidth) {
      x = left;
      y += shelfHeight + AREA_GAP;
      shelfHeight = 0;
    }
    const at = { x: x + AREA_PADDING, y: y + AREA_TITLE_SPACE };
    group.forEach((n, i) => positions.set(n.id, { x: at.x + grid.offsets[i]!.x, y: at.y + grid.offsets[i]!.y }));
    areas.push({ key, rect: { x, y, width, height }, ids: group.map((n) => n.id) });
    x += width + AREA_GAP;
    shelfHeight = Math.max(shelfHeight, height);
  }
  const bottom = y + shelfHeight + AREA_PADDING;
  const right = Math.max(zone.x + zone.width, ...areas.map((a) => a.rect.x + a.rect.width + AREA_PADDING));
  return { positions, previous, areas, zone: { ...zone, width: right - zone.x, height: Math.max(zone.height, bottom - zone.y) } };
}

/** Notes per key, the keys in a stable order, the notes of each in reading order (the grid keeps that order). */
function groupByKey(notes: readonly KeyedNote[], keyOrder: readonly (string | null)[]): Map<string | null, KeyedNote[]> {
  const groups = new Map<string | null, KeyedNote[]>();
  for (const n of notes) {
    const group = groups.get(n.key);
    if (group) group.push(n);
    else groups.set(n.key, [n]);
  }
  const rank = (key: string | null): number => {
    const i = keyOrder.indexOf(key);
    return i >= 0 ? i : key === null ? Infinity : keyOrder.length;
  };
  const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || (a! < b! ? -1 : a! > b! ? 1 : 0));
  return new Map(keys.map((k) => [k, readingOrder(groups.get(k)!).map((i) => groups.get(k)![i]!)]));
}

/** A grid of the notes, as near-square as fits `maxWidth` (one column at least), relative to its top-left. */
function gridWithin(notes: readonly KeyedNote[], maxWidth: number): { offsets: Point[]; width: number; height: number } {
  for (let columns = Math.ceil(Math.sqrt(notes.length)); ; columns--) {
    const offsets = arrangeGrid(notes, { columns, origin: { x: 0, y: 0 }, gap: GRID_GAP });
    const bounds = boundsOf(offsets.map((p, i) => ({ ...p, width: notes[i]!.width, height: notes[i]!.height })))!;
    if (bounds.width <= maxWidth || columns === 1) return { offsets, width: bounds.width, height: bounds.height };
  }
}
