import { boundsOf, rectsIntersect, type Rect } from './Rect.js';

/** Notes per row in a room's zone of the plenary. */
export const ZONE_COLUMNS = 3;
export const ZONE_GAP = 24;
/** Space between two rooms' zones. */
export const ZONE_SPACING = 120;

interface PlacedNote extends Rect {
  /** room a plenary note was copied from, if any */
  roomId?: string;
}

/**
 * Top-left positions for notes brought from a room into the plenary: in that room's zone (a
 * block of rows, three notes wide) below what the room already brought, or in a new zone to
 * the right of everything on the board. Positions never overlap any existing note; incoming
 * notes keep their reading order (top to bottom, left to right on their own board).
 */
export function layoutRoomZone(existing: readonly PlacedNote[], incoming: readonly Rect[], roomId: string): { x: number; y: number }[] {
  if (incoming.length === 0) return [];
  const order = incoming.map((r, i) => ({ r, i })).sort((a, b) => a.r.y - b.r.y || a.r.x - b.r.x);
  const zone = existing.filter((n) => n.roomId === roomId);
  const zoneBounds = boundsOf(zone);
  const all = boundsOf(existing);
  const start = zoneBounds
    ? { x: zoneBounds.x, y: zoneBounds.y + zoneBounds.height + ZONE_GAP }
    : { x: all ? all.x + all.width + ZONE_SPACING : 0, y: all ? all.y : 0 };
  let placed = packRows(order.map((o) => o.r), start);
  if (placed.some((p) => existing.some((n) => rectsIntersect(p, n)))) {
    // The zone would run into another room's: open a fresh zone at the far right instead.
    placed = packRows(order.map((o) => o.r), { x: all ? all.x + all.width + ZONE_SPACING : 0, y: all ? all.y : 0 });
  }
  const result: { x: number; y: number }[] = new Array(incoming.length);
  order.forEach((o, k) => (result[o.i] = { x: placed[k]!.x, y: placed[k]!.y }));
  return result;
}

function packRows(rects: readonly Rect[], start: { x: number; y: number }): Rect[] {
  const cellWidth = Math.max(...rects.map((r) => r.width)) + ZONE_GAP;
  const placed: Rect[] = [];
  let y = start.y;
  for (let i = 0; i < rects.length; i += ZONE_COLUMNS) {
    const row = rects.slice(i, i + ZONE_COLUMNS);
    row.forEach((r, col) => placed.push({ x: start.x + col * cellWidth, y, width: r.width, height: r.height }));
    y += Math.max(...row.map((r) => r.height)) + ZONE_GAP;
  }
  return placed;
}
