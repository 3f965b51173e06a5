import { rectsIntersect, type Rect } from './Rect.js';

/** Space left between a new note and its neighbours. */
export const NOTE_GAP = 16;

/**
 * Centre for a new note of `size` near `wanted` where it overlaps no existing note: the wanted
 * point if it is free, else the nearest free cell of a grid of note-sized steps around it, so
 * pressing « Nouvelle note » several times lays notes side by side instead of stacking them.
 */
export function freeSpotNear(
  notes: readonly Rect[],
  wanted: { x: number; y: number },
  size: { width: number; height: number },
  maxRings = 12,
): { x: number; y: number } {
  const stepX = size.width + NOTE_GAP;
  const stepY = size.height + NOTE_GAP;
  const free = (cx: number, cy: number): boolean => {
    const rect = { x: cx - size.width / 2 - NOTE_GAP / 2, y: cy - size.height / 2 - NOTE_GAP / 2, width: size.width + NOTE_GAP, height: size.height + NOTE_GAP };
    return !notes.some((n) => rectsIntersect(rect, n));
  };
  const origin = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  if (free(origin.x, origin.y)) return origin;
  for (let ring = 1; ring <= maxRings; ring++) {
    const cells: { x: number; y: number; d: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        const x = origin.x + i * stepX;
        const y = origin.y + j * stepY;
        // Prefer the right, then below: reading order for a French board.
        cells.push({ x, y, d: Math.hypot(i * stepX, j * stepY) + (i < 0 ? 1 : 0) + (j < 0 ? 0.5 : j > 0 ? 0.25 : 0) });
      }
    }
    cells.sort((a, b) => a.d - b.d);
    const cell = cells.find((c) => free(c.x, c.y));
    if (cell) return { x: cell.x, y: cell.y };
  }
  return origin;
}
